/**
 * The "as of" picker is a `datetime-local` field: the reader's own wall clock, to the second. The
 * API takes a moment in UTC. These convert between the two in the browser's time zone.
 */
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The moment a picker value means on this machine's clock, as ISO 8601 UTC; null for an incomplete value. */
export function momentOfLocalInput(value: string): string | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '0'] = match.map((part) => part ?? '');
  const date = new Date(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A moment as the picker shows it on this machine's clock (to the second). */
export function localInputOfMoment(moment: string | Date): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** Entries recorded up to the moment (all of them when there is none): a past view shows the past's history. */
export function recordedBy<T extends { readonly recordedAt: string }>(entries: readonly T[], asOf: string | null): T[] {
  if (asOf === null) return [...entries];
  const limit = Date.parse(asOf);
  return entries.filter((entry) => Date.parse(entry.recordedAt) <= limit);
}
