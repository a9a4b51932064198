/**
 * Adds whole calendar years in UTC, keeping month, day and time of day:
 * 2026-03-15T09:30Z + 1 year = 2027-03-15T09:30Z (not + 365 days).
 *
 * Feb 29 choice: when the target year has no Feb 29, the result is Feb 28 of
 * that year (same time of day), never Mar 1 — a validity period is rounded
 * down, so a certificate never lasts longer than its nominal term.
 */
export function addUtcYears(iso: string, years: number): string {
  const from = new Date(iso);
  const shifted = new Date(from.getTime());
  shifted.setUTCFullYear(from.getUTCFullYear() + years);
  // JavaScript rolls Feb 29 into Mar 1; day 0 of March is the last day of February.
  if (shifted.getUTCMonth() !== from.getUTCMonth()) shifted.setUTCDate(0);
  return shifted.toISOString();
}
