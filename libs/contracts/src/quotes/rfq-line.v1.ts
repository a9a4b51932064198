import { QUOTES_DATE_PATTERN, QUOTES_PART_V1_SCHEMA, type QuotesPartV1 } from './quotes-vocabulary';

/** One line of a request for quotation. */
export interface QuotesRfqLineV1 {
  /** Lines of an RFQ are numbered 1..n. */
  readonly lineNo: number;
  readonly part: QuotesPartV1;
  readonly quantity: number;
  /** Calendar date (YYYY-MM-DD) the lead needs the parts by. */
  readonly dueDate: string;
  /** References to drawings in the lead's document store; the drawings themselves never travel in events. */
  readonly drawingRefs: readonly string[];
}

export const QUOTES_RFQ_LINE_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['lineNo', 'part', 'quantity', 'dueDate', 'drawingRefs'],
  properties: {
    lineNo: { type: 'integer', minimum: 1 },
    part: QUOTES_PART_V1_SCHEMA,
    quantity: { type: 'integer', minimum: 1 },
    dueDate: { type: 'string', format: 'date', pattern: QUOTES_DATE_PATTERN },
    drawingRefs: { type: 'array', maxItems: 50, items: { type: 'string', minLength: 1, maxLength: 200 } },
  },
} as const;
