/** Calendar dates (`YYYY-MM-DD`: due dates, ETAs) are days, not moments: counted in UTC so no zone shifts them. */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function dayNumber(date: string): number | null {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : time / DAY_MS;
}

/** Days from `from` to `to` (negative when `to` is earlier); null when either is not a calendar date. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const start = dayNumber(from);
  const end = dayNumber(to);
  return start === null || end === null ? null : end - start;
}

/** Days an ETA lies past its due date: 0 when on time or early, null when either date is missing. */
export function daysLate(eta: string | null, dueDate: string | null): number | null {
  const days = daysBetween(dueDate, eta);
  return days === null ? null : Math.max(0, days);
}

export function addDays(date: string, days: number): string {
  const day = dayNumber(date);
  if (day === null) throw new RangeError(`not a calendar date: ${date}`);
  return new Date((day + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date it is at `now` on the wall clock in `timeZone`. */
export function todayIn(timeZone: string, now: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
