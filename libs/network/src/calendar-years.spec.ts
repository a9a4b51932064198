import { addUtcYears } from './calendar-years';

describe('addUtcYears', () => {
  it('adds calendar years, keeping month, day and time of day', () => {
    expect(addUtcYears('2026-04-01T09:30:15.250Z', 1)).toBe('2027-04-01T09:30:15.250Z');
    expect(addUtcYears('2026-04-01T09:30:15.250Z', 5)).toBe('2031-04-01T09:30:15.250Z');
  });

  it('counts in UTC, whatever offset the timestamp was written with', () => {
    expect(addUtcYears('2026-12-31T23:30:00+09:00', 1)).toBe('2027-12-31T14:30:00.000Z');
  });

  it('turns Feb 29 into Feb 28 in a year without one, never into Mar 1', () => {
    expect(addUtcYears('2028-02-29T10:00:00.000Z', 1)).toBe('2029-02-28T10:00:00.000Z');
    expect(addUtcYears('2028-02-29T10:00:00.000Z', 3)).toBe('2031-02-28T10:00:00.000Z');
  });

  it('keeps Feb 29 when the target year is a leap year', () => {
    expect(addUtcYears('2028-02-29T10:00:00.000Z', 4)).toBe('2032-02-29T10:00:00.000Z');
  });
});
