import { addUtcYears } from './calendar-years';
import type { Certification, Company } from './company-state';

export const STANDARD_VALIDITY_YEARS = 1;
export const INSTRUCTOR_VALIDITY_YEARS = 5;
export const RENEWAL_YEARS = 1;
/** A standard certification is re-audited from scratch at the latest this long after its first grant. */
export const STANDARD_MAX_SPAN_YEARS = 3;

/**
 * The next validity period of a standard certification renewed at `now`, or
 * undefined when the three-year cap leaves nothing to add. One year from the
 * current end (or from now, after a lapse), cut exactly at first grant + 3 years.
 */
export function renewalPeriod(certification: Certification, now: Date): { validFrom: string; validUntil: string; capped: boolean } | undefined {
  const currentEnd = Date.parse(certification.validUntil);
  const lapsed = currentEnd <= now.getTime();
  const validFrom = lapsed ? now.toISOString() : certification.validUntil;
  const proposed = addUtcYears(validFrom, RENEWAL_YEARS);
  const cap = addUtcYears(certification.grantedAt, STANDARD_MAX_SPAN_YEARS);
  const capped = Date.parse(proposed) > Date.parse(cap);
  const validUntil = capped ? cap : proposed;
  if (Date.parse(validUntil) <= Math.max(currentEnd, now.getTime())) return undefined;
  return { validFrom, validUntil, capped };
}

/**
 * The certifications valid at instant `at`: inside one of their periods
 * (validFrom <= at < validUntil) and not revoked by then. This is what RFQ
 * matching asks. There is no ExpireCertification event or query: expiry
 * follows from time alone, so any instant can be asked, past or future.
 */
export function validCertificationsAt(state: Company, at: Date): Certification[] {
  if (state.status !== 'Registered') return [];
  const instant = at.getTime();
  return [...state.certifications.values()].filter(
    (certification) =>
      (certification.revokedAt === null || instant < Date.parse(certification.revokedAt)) &&
      certification.periods.some((period) => Date.parse(period.validFrom) <= instant && instant < Date.parse(period.validUntil)),
  );
}
