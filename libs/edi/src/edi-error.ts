/**
 * Why a piece of an interchange was refused. Each code maps to one X12 997 / EDIFACT CONTRL
 * syntax error code (see docs/edi.md, "Error codes"), so a partner's translator can file it.
 */
export const EDI_ERROR_CODES = [
  'SEGMENT_UNKNOWN',
  'SEGMENT_UNEXPECTED',
  'SEGMENT_MISSING',
  'FIELD_MISSING',
  'FIELD_EXTRA',
  'FIELD_FORMAT',
  'FIELD_DATE',
  'FIELD_CODE',
  'FIELD_CONFLICT',
  'DUPLICATE',
  'REFERENCE_MISMATCH',
  'COUNT_MISMATCH',
  'NOT_ALLOWED',
] as const;
export type EdiErrorCode = (typeof EDI_ERROR_CODES)[number];

/** A field of a segment: its name in docs/edi.md and its 1-based position after the tag. */
export interface EdiField {
  readonly position: number;
  readonly name: string;
}

/** One syntax error: where (line, segment, field), which rule it broke, and what would be accepted. */
export interface EdiError {
  readonly code: EdiErrorCode;
  /** 1-based line of the text; one past the last line when something is missing at the end. */
  readonly line: number;
  /** The segment's tag as written (clipped), or null when the error is about no one segment. */
  readonly tag: string | null;
  readonly field: EdiField | null;
  readonly rule: string;
  readonly allowed: string;
}
