import { calendarDateIn, isCalendarDate } from './calendar';

describe('the workshop’s calendar', () => {
  it('says which day it is on the workshop’s clock, not the phone’s', () => {
    const moment = new Date('2026-11-24T15:30:00Z'); // 00:30 on the 25th in Tokyo and Seoul, still the 24th in Berlin
    expect(calendarDateIn('Asia/Tokyo', moment)).toBe('2026-11-25');
    expect(calendarDateIn('Asia/Seoul', moment)).toBe('2026-11-25');
    expect(calendarDateIn('Europe/Berlin', moment)).toBe('2026-11-24');
    expect(calendarDateIn('America/Los_Angeles', moment)).toBe('2026-11-24');
  });

  it('tells a real day from a malformed or impossible one', () => {
    expect(isCalendarDate('2027-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const value of ['2027-02-29', '2027-13-01', '27-02-01', '', '2027-2-1']) expect([value, isCalendarDate(value)]).toEqual([value, false]);
  });
});
