import { QUOTES_DATE_PATTERN, QUOTES_ID_PATTERN, QUOTES_MONEY_V1_SCHEMA, QUOTES_PART_V1_SCHEMA, type QuotesMoneyV1, type QuotesPartV1 } from './quotes-vocabulary';

export const RFQ_AWARDED_SCHEMA_VERSION = 1;

/**
 * One workshop's share of one line, with everything a purchase order needs:
 * what, how many, by when, and the price from that workshop's latest quote revision.
 */
export interface QuotesAwardV1 {
  readonly lineNo: number;
  readonly part: QuotesPartV1;
  readonly dueDate: string;
  readonly workshopId: string;
  readonly quantity: number;
  readonly quoteId: string;
  readonly quoteRevision: number;
  readonly unitPrice: QuotesMoneyV1;
  readonly leadTimeDays: number;
}

/** Data of `RfqAwarded`, schema version 1: the lead chose, line by line, possibly splitting a line. */
export interface RfqAwardedV1 {
  readonly rfqId: string;
  readonly awardedBy: string;
  readonly awards: readonly QuotesAwardV1[];
  /** Lines the lead chose not to award (only with a partial award); empty otherwise. */
  readonly unawardedLines: readonly number[];
  readonly awardedAt: string;
}

export const RFQ_AWARDED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/quotes/RfqAwarded/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'RfqAwarded v1',
  type: 'object',
  additionalProperties: false,
  required: ['rfqId', 'awardedBy', 'awards', 'unawardedLines', 'awardedAt'],
  properties: {
    rfqId: { type: 'string', pattern: QUOTES_ID_PATTERN },
    awardedBy: { type: 'string', minLength: 1 },
    awards: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['lineNo', 'part', 'dueDate', 'workshopId', 'quantity', 'quoteId', 'quoteRevision', 'unitPrice', 'leadTimeDays'],
        properties: {
          lineNo: { type: 'integer', minimum: 1 },
          part: QUOTES_PART_V1_SCHEMA,
          dueDate: { type: 'string', format: 'date', pattern: QUOTES_DATE_PATTERN },
          workshopId: { type: 'string', minLength: 1 },
          quantity: { type: 'integer', minimum: 1 },
          quoteId: { type: 'string', pattern: QUOTES_ID_PATTERN },
          quoteRevision: { type: 'integer', minimum: 1 },
          unitPrice: QUOTES_MONEY_V1_SCHEMA,
          leadTimeDays: { type: 'integer', minimum: 1 },
        },
      },
    },
    unawardedLines: { type: 'array', uniqueItems: true, items: { type: 'integer', minimum: 1 } },
    awardedAt: { type: 'string', format: 'date-time' },
  },
} as const;
