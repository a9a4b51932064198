import { ORDER_COMPANY_ID_PATTERN, ORDER_DATE_PATTERN, ORDER_ID_PATTERN, ORDER_MAX_QUANTITY } from '@renkei/contracts';
import type { FieldError } from '../orders-error';

/** Refusals, cancellations and change requests explain themselves in a sentence or two. */
export const REASON_MAX_LENGTH = 500;

export type ParseResult<Command> = { ok: true; command: Command } | { ok: false; errors: FieldError[] };

const ID = new RegExp(ORDER_ID_PATTERN);
const COMPANY_ID = new RegExp(ORDER_COMPANY_ID_PATTERN);
const ISO_DATE = new RegExp(ORDER_DATE_PATTERN);
/** RFC 3339 with an explicit offset: a time without a zone would depend on the server's. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Reads untrusted JSON field by field, collecting every problem instead of stopping at the
 * first; each read returns a placeholder when the field is bad, and `result` then refuses.
 */
export class FieldReader {
  readonly errors: FieldError[] = [];

  fail(field: string, rule: string, allowed: string): void {
    this.errors.push({ field, rule, allowed });
  }

  /** An absent body (no request body at all) reads as `{}`; anything but an object is refused. */
  body(body: unknown, example: string): Record<string, unknown> {
    if (body === undefined) return {};
    if (isRecord(body)) return body;
    this.fail('body', 'must be a JSON object', example);
    return {};
  }

  /** Null when it is not an object: its fields are then not read, so one mistake gives one error. */
  object(value: unknown, field: string, example: string): Record<string, unknown> | null {
    if (isRecord(value)) return value;
    this.fail(field, 'must be an object', example);
    return null;
  }

  /** A non-empty array; its items are read by the caller. */
  list(value: unknown, field: string, example: string, max = 1000): unknown[] {
    if (Array.isArray(value) && value.length > 0 && value.length <= max) return value;
    this.fail(field, `must be a list of 1 to ${max} entries`, example);
    return [];
  }

  id(value: unknown, field: string): string {
    if (typeof value === 'string' && ID.test(value)) return value;
    this.fail(field, 'must be 1-64 letters, digits, "_", "." or "-", starting with a letter or digit', 'e.g. PO-2026-0042');
    return '';
  }

  companyId(value: unknown, field: string): string {
    if (typeof value === 'string' && COMPANY_ID.test(value)) return value;
    this.fail(field, 'must be a member company id', '2-63 lower-case letters, digits or "-", e.g. okada-seiki');
    return '';
  }

  /** Free text that must say something (not only spaces). */
  text(value: unknown, field: string, max: number): string {
    if (typeof value === 'string' && value.trim().length > 0 && value.length <= max) return value;
    this.fail(field, `must be non-empty text of at most ${max} characters`, 'a string');
    return '';
  }

  positiveInteger(value: unknown, field: string, max = ORDER_MAX_QUANTITY): number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max) return value;
    this.fail(field, 'must be a positive whole number', `1 to ${max}`);
    return 0;
  }

  count(value: unknown, field: string, allowed: string): number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= ORDER_MAX_QUANTITY) return value;
    this.fail(field, 'must be a whole number of pieces', allowed);
    return 0;
  }

  /** A real calendar day: 2026-02-30 is refused, not rolled over to March. */
  date(value: unknown, field: string): string {
    if (typeof value === 'string' && ISO_DATE.test(value)) {
      const parsed = new Date(`${value}T00:00:00Z`);
      if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value) return value;
    }
    this.fail(field, 'must be a calendar date', 'YYYY-MM-DD');
    return '';
  }

  timestamp(value: unknown, field: string, whenOmitted: Date): Date {
    const parsed = value === undefined ? whenOmitted : typeof value === 'string' && RFC_3339.test(value) ? new Date(value) : new Date(NaN);
    if (!Number.isNaN(parsed.getTime())) return parsed;
    this.fail(field, 'must be a timestamp with time zone', 'RFC 3339, e.g. 2026-11-20T14:05:00+09:00; omitted means now');
    return whenOmitted;
  }

  onlyKnown(input: Record<string, unknown>, known: readonly string[], prefix: string, what: string): void {
    for (const key of Object.keys(input).filter((candidate) => !known.includes(candidate))) {
      this.fail(`${prefix}${key}`, `is not a field of ${what}`, known.length > 0 ? known.join(', ') : 'no fields');
    }
  }

  uniqueLineNos(lines: ReadonlyArray<{ readonly lineNo: number }>, field: string): void {
    const seen = new Set<number>();
    lines.forEach((line, index) => {
      if (line.lineNo > 0 && seen.has(line.lineNo)) this.fail(`${field}[${index}].lineNo`, 'must appear once', 'one entry per line number');
      seen.add(line.lineNo);
    });
  }

  result<Command>(build: () => Command): ParseResult<Command> {
    return this.errors.length > 0 ? { ok: false, errors: this.errors } : { ok: true, command: build() };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
