import { formatMoney } from './money';

describe('prices on the board', () => {
  it('writes a price in the locale’s way, keeping every decimal the quote gave', () => {
    expect(formatMoney({ amount: '1250', currency: 'JPY' }, 'en')).toBe('¥1,250');
    expect(formatMoney({ amount: '95.50', currency: 'JPY' }, 'ja')).toBe('￥95.50');
    expect(formatMoney({ amount: '1250.5', currency: 'USD' }, 'en')).toBe('$1,250.50');
    expect(formatMoney({ amount: '0.125', currency: 'EUR' }, 'en')).toBe('€0.125');
    expect(formatMoney({ amount: '12345678901234567.89', currency: 'USD' }, 'en')).toBe('$12,345,678,901,234,567.89');
  });

  it('drops decimals that are only zeros to the currency’s usual places', () => {
    expect(formatMoney({ amount: '310.00', currency: 'JPY' }, 'ja')).toBe('￥310');
    expect(formatMoney({ amount: '310.00', currency: 'USD' }, 'en')).toBe('$310.00');
  });

  it('shows an amount with an unknown currency as given', () => {
    expect(formatMoney({ amount: '10', currency: 'not-a-code' }, 'en')).toBe('10 not-a-code');
  });
});
