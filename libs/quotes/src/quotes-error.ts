/** One reason a field was refused: which field, which rule, and what would be accepted. */
export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly allowed: string;
}

/** Stable codes of the quotes context; each edge maps them once (HTTP problem, GraphQL extension, EDI negative ack). */
export const QUOTES_ERROR_CODES = [
  'QUOTES.INVALID_INPUT',
  'QUOTES.RFQ_NOT_FOUND',
  'QUOTES.ALREADY_ISSUED',
  'QUOTES.NOT_A_LEAD',
  'QUOTES.DEADLINE_IN_THE_PAST',
  'QUOTES.DIRECTORY_REQUIRED',
  'QUOTES.NO_MATCHING_WORKSHOP',
  'QUOTES.NOT_INVITED',
  'QUOTES.UNKNOWN_LINE',
  'QUOTES.MIXED_CURRENCIES',
  'QUOTES.DUPLICATE_QUOTE_ID',
  'QUOTES.ALREADY_QUOTED',
  'QUOTES.ALREADY_DECLINED',
  'QUOTES.QUOTE_NOT_FOUND',
  'QUOTES.DEADLINE_PASSED',
  'QUOTES.ALREADY_AWARDED',
  'QUOTES.CANCELLED',
  'QUOTES.NOT_THE_ISSUER',
  'QUOTES.AWARD_QUANTITY_MISMATCH',
  'QUOTES.NO_QUOTE_FOR_LINE',
  'QUOTES.LINES_NOT_AWARDED',
] as const;
export type QuotesErrorCode = (typeof QUOTES_ERROR_CODES)[number];

/** The single error type of the quotes context. */
export class QuotesError extends Error {
  constructor(
    readonly code: QuotesErrorCode,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'QuotesError';
  }
}
