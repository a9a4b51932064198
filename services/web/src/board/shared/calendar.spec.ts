import { addDays, daysBetween, daysLate, todayIn } from './calendar';

describe('calendar dates on the board', () => {
  it('counts the days an ETA lies past its due date, across month and year ends', () => {
    expect(daysLate('2026-12-23', '2026-12-20')).toBe(3);
    expect(daysLate('2027-01-02', '2026-12-31')).toBe(2);
    expect(daysLate('2026-12-18', '2026-12-20')).toBe(0);
    expect(daysLate(null, '2026-12-20')).toBeNull();
    expect(daysLate('soon', '2026-12-20')).toBeNull();
  });

  it('says how many days early or late a date is against another', () => {
    expect(daysBetween('2026-12-20', '2026-12-18')).toBe(-2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
  });

  it('adds days to a date, leap years included', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-30', 5)).toBe('2027-01-04');
    expect(() => addDays('2026-13-45x', 1)).toThrow(RangeError);
  });

  it('takes today from the wall clock of the reader’s zone, not UTC', () => {
    const now = new Date('2026-11-20T16:30:00Z');
    expect(todayIn('Asia/Tokyo', now)).toBe('2026-11-21');
    expect(todayIn('America/New_York', now)).toBe('2026-11-20');
  });
});
