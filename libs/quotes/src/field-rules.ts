import { QUOTES_CURRENCY_PATTERN, QUOTES_DATE_PATTERN, QUOTES_DECIMAL_PATTERN, QUOTES_ID_PATTERN } from '@renkei/contracts';
import type { FieldError } from './quotes-error';

// The parsers and the decider's own guards share these, and both follow the event schemas' patterns.
const ID = new RegExp(QUOTES_ID_PATTERN);
const DECIMAL = new RegExp(QUOTES_DECIMAL_PATTERN);
const CURRENCY = new RegExp(QUOTES_CURRENCY_PATTERN);
const DATE = new RegExp(QUOTES_DATE_PATTERN);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

export const MAX_QUANTITY = 10_000_000;
export const MAX_LEAD_TIME_DAYS = 3650;
export const MAX_TEXT = 500;
export const ID_ALLOWED = '1-64 letters, digits, "_", "." or "-", starting with a letter or digit';
export const DECIMAL_ALLOWED = 'a decimal string with up to 12 digits and 4 decimals, e.g. "1250" or "12.5"; never a JSON number';
export const CURRENCY_ALLOWED = 'an ISO 4217 code in capitals, e.g. JPY, EUR, USD';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

export function isPositiveInteger(value: unknown, max = MAX_QUANTITY): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
}

export function isDecimal(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

export function isCurrency(value: unknown): value is string {
  return typeof value === 'string' && CURRENCY.test(value);
}

/** A real calendar date: 2026-02-30 has the right shape but is refused. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** An RFC 3339 timestamp with an explicit offset, or null. */
export function parseTimestamp(value: unknown): Date | null {
  if (typeof value !== 'string' || !TIMESTAMP.test(value)) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

export function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max;
}

/** Indexes of the items whose key already appeared earlier in the list. */
export function repeatedIndexes<T>(items: readonly T[], key: (item: T) => string | number): number[] {
  const seen = new Set<string | number>();
  const repeated: number[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });
  return repeated;
}

/** Fields a body carries that the command does not know: refused rather than silently dropped. */
export function unknownFieldErrors(input: Record<string, unknown>, known: readonly string[], prefix: string, what: string) {
  return Object.keys(input)
    .filter((key) => !known.includes(key))
    .map((key) => ({ field: `${prefix}${key}`, rule: `is not a field of ${what}`, allowed: known.join(', ') }));
}

/** What every parser returns: the command, or every field that is wrong (never just the first). */
export type QuotesParseResult<Command> = { ok: true; command: Command } | { ok: false; errors: FieldError[] };

/** Reads an optional text field that defaults to null; pushes an error and returns null when it is not text. */
export function optionalText(input: Record<string, unknown>, key: string, field: string, errors: FieldError[], max = MAX_TEXT): string | null {
  const value = input[key] ?? null;
  if (value === null) return null;
  if (typeof value !== 'string' || value.length > max) {
    errors.push({ field, rule: `must be text of at most ${max} characters`, allowed: 'a string, or null' });
    return null;
  }
  return value;
}

/** Reads a required non-blank text field. */
export function requiredText(input: Record<string, unknown>, key: string, field: string, errors: FieldError[], max = MAX_TEXT): string {
  const value = input[key];
  if (!isText(value, max)) {
    errors.push({ field, rule: `is required: non-blank text of at most ${max} characters`, allowed: 'a string' });
    return '';
  }
  return value;
}
