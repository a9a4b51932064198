import type { Locale } from './locales';

/** A moment (ISO 8601 date-time), as the clock on the wall in `timeZone` showed it. */
export function formatDateTime(value: string | Date, locale: Locale, timeZone: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/**
 * A calendar date (`YYYY-MM-DD`: a due date, an ETA) is the same day everywhere, so it is
 * formatted in UTC, where it was parsed: never a day early for a reader west of Greenwich.
 */
export function formatCalendarDate(value: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** 0–100 as the locale writes a percentage. */
export function formatPercent(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** The reader's own time zone, for times that belong to nobody in particular. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
