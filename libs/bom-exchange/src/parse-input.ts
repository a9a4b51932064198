import { BOM_ID_PATTERN } from '@renkei/contracts';
import type { FieldError } from './field-error';

export type ParseResult<Command> = { ok: true; command: Command } | { ok: false; errors: FieldError[] };

export const BOM_ID = new RegExp(BOM_ID_PATTERN);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field nobody reads is most often a typo of one that is read: refuse it rather than drop it silently. */
export function unknownFieldErrors(input: Record<string, unknown>, known: readonly string[], prefix: string, what: string): FieldError[] {
  return Object.keys(input)
    .filter((key) => !known.includes(key))
    .map((key) => ({ field: `${prefix}${key}`, rule: `is not a field of ${what}`, allowed: known.join(', ') }));
}

export function productIdErrors(productId: string): FieldError[] {
  return BOM_ID.test(productId)
    ? []
    : [{ field: 'productId', rule: 'must be 1-64 letters, digits, "_", "." or "-", starting with a letter or digit', allowed: 'e.g. PUMP-A100' }];
}

export function isRevisionNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
