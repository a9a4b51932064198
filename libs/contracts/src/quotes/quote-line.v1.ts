import { QUOTES_MONEY_V1_SCHEMA, type QuotesMoneyV1 } from './quotes-vocabulary';

/** A workshop's answer to one RFQ line: price per piece and how long it needs. */
export interface QuotesQuoteLineV1 {
  readonly lineNo: number;
  readonly unitPrice: QuotesMoneyV1;
  readonly leadTimeDays: number;
  readonly note: string | null;
}

export const QUOTES_QUOTE_LINE_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['lineNo', 'unitPrice', 'leadTimeDays', 'note'],
  properties: {
    lineNo: { type: 'integer', minimum: 1 },
    unitPrice: QUOTES_MONEY_V1_SCHEMA,
    leadTimeDays: { type: 'integer', minimum: 1 },
    note: { type: ['string', 'null'], maxLength: 500 },
  },
} as const;
