import { compareDecimals, multiplyDecimal } from './decimal';

describe('decimal prices', () => {
  it('compares amounts with different numbers of places exactly', () => {
    expect(compareDecimals('1250.5', '1250.50')).toBe(0);
    expect(compareDecimals('999.99', '1000')).toBe(-1);
    expect(compareDecimals('0.30', '0.1')).toBe(1);
    expect(compareDecimals('12345678901234567890.01', '12345678901234567890.02')).toBe(-1);
    expect(compareDecimals('abc', '1')).toBeNull();
  });

  it('multiplies a unit price by a quantity without losing a cent', () => {
    expect(multiplyDecimal('0.10', 3)).toBe('0.30');
    expect(multiplyDecimal('1250.50', 40)).toBe('50020.00');
    expect(multiplyDecimal('1200', 5)).toBe('6000');
    expect(multiplyDecimal('0.05', 1)).toBe('0.05');
    expect(multiplyDecimal('x', 2)).toBeNull();
  });
});
