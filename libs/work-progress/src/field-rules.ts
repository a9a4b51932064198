// Shape rules shared by the parse functions and the deciders' own checks, so both say the same thing.
export const PO_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_NOTE = 500;
export const MAX_QUANTITY = 10_000_000;
/** Routing operations are numbered 10, 20, 30, ...; far below this. */
export const MAX_OP_NO = 99_999;

export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function isWholeNumber(value: unknown, minimum: number, maximum: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
