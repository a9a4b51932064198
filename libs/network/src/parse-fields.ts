import { NETWORK_RECORD_ID_PATTERN, NETWORK_SLUG_PATTERN } from '@renkei/contracts';
import type { FieldError } from './field-error';

const SLUG = new RegExp(NETWORK_SLUG_PATTERN);
const RECORD_ID = new RegExp(NETWORK_RECORD_ID_PATTERN);

/**
 * Collects the field errors of one untrusted body. Each read returns the value
 * as the command wants it; the values are only used when no error was collected.
 */
export class FieldReader {
  readonly errors: FieldError[] = [];
  readonly input: Record<string, unknown>;

  constructor(body: unknown, example: string) {
    this.input = isRecord(body) ? body : {};
    if (!isRecord(body)) this.fail('body', 'must be a JSON object', example);
  }

  fail(field: string, rule: string, allowed: string): void {
    this.errors.push({ field, rule, allowed });
  }

  /** A company or consortium id: a lower-case slug. */
  slug(field: string, value: unknown): string {
    if (typeof value !== 'string' || !SLUG.test(value)) {
      this.fail(field, 'must be a slug of 2-63 lower-case letters, digits or "-", starting with a letter or digit', 'e.g. okada-seisakusho');
    }
    return value as string;
  }

  /** A certification or credential id. */
  recordId(field: string, value: unknown): string {
    if (typeof value !== 'string' || !RECORD_ID.test(value)) {
      this.fail(field, 'must be 1-64 letters, digits, "_", "." or "-", starting with a letter or digit', 'e.g. cert-2026-001, or a UUID');
    }
    return value as string;
  }

  /** Free text, trimmed; blank is not text. */
  text(field: string, value: unknown, maxLength: number, example: string): string {
    if (typeof value !== 'string' || value.trim().length === 0 || value.trim().length > maxLength) {
      this.fail(field, `must be non-blank text of at most ${maxLength} characters`, example);
      return '';
    }
    return value.trim();
  }

  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[], rule: string): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) this.fail(field, rule, allowed.join(', '));
    return value as T;
  }

  /** Names every field the command does not know, so a typo ("certificateId") is not silently ignored. */
  rejectUnknown(known: readonly string[], what: string, input: Record<string, unknown> = this.input, prefix = ''): void {
    for (const field of Object.keys(input).filter((key) => !known.includes(key))) {
      this.fail(`${prefix}${field}`, `is not a field of ${what}`, known.join(', '));
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
