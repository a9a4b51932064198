import { formatMoney } from './money';

describe('prices', () => {
  it('keep every decimal the quote or order has, in the reader’s way of writing money', () => {
    expect(formatMoney({ amount: '555.35', currency: 'JPY' }, 'ja')).toBe('￥555.35');
    expect(formatMoney({ amount: '1250', currency: 'JPY' }, 'en')).toBe('¥1,250');
    expect(formatMoney({ amount: '12.5', currency: 'USD' }, 'en')).toBe('$12.50');
    expect(formatMoney({ amount: '2222.40', currency: 'JPY' }, 'ja')).toBe('￥2,222.40');
    expect(formatMoney({ amount: '123456789012.1234', currency: 'EUR' }, 'en')).toBe('€123,456,789,012.1234');
  });

  it('show an amount in a currency Intl does not know as it was sent', () => {
    expect(formatMoney({ amount: '10', currency: 'not a code' }, 'ja')).toBe('10 not a code');
  });
});
