import { formatCalendarDate, formatDateTime, formatPercent } from './format';
import { LOCALES, translate } from './locales';

describe('i18n', () => {
  it('shows a moment on the clock of the given time zone', () => {
    const moment = '2026-11-24T15:30:00Z';
    expect(formatDateTime(moment, 'ja', 'Asia/Tokyo')).toBe('2026/11/25 0:30');
    expect(formatDateTime(moment, 'en', 'Europe/Berlin')).toBe('Nov 24, 2026, 4:30 PM');
    // ICU builds differ in Korean day periods (오전 or AM); the day and the clock do not.
    expect(formatDateTime(moment, 'ko', 'Asia/Seoul')).toMatch(/^2026\. 11\. 25\. \S+ 12:30$/);
  });

  it('shows a calendar date as the same day whatever the time zone', () => {
    expect(formatCalendarDate('2026-12-20', 'ja')).toBe('2026/12/20');
    expect(formatCalendarDate('2026-12-20', 'en')).toBe('Dec 20, 2026');
    expect(formatCalendarDate('next week', 'en')).toBe('next week');
  });

  it('fills placeholders, numbers in the locale’s way, in every language', () => {
    expect(translate('ja', 'board.orders.caption', { count: 1200 })).toBe('顧客注文（1,200 件）');
    expect(translate('en', 'board.orders.caption', { count: 3 })).toBe('Customer orders (3)');
    expect(formatPercent(42.4, 'en')).toBe('42%');
    for (const locale of LOCALES) expect(translate(locale, 'error.server', { code: 'X' })).toContain('X');
  });
});
