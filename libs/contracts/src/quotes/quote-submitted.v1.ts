import { QUOTES_QUOTE_LINE_V1_SCHEMA, type QuotesQuoteLineV1 } from './quote-line.v1';
import { QUOTES_ID_PATTERN } from './quotes-vocabulary';

export const QUOTE_SUBMITTED_SCHEMA_VERSION = 1;

/**
 * Data of `QuoteSubmitted`, schema version 1: a workshop's first answer with prices.
 * Prices are bilateral: only `workshopId` and `rfqIssuedBy` may see this event.
 */
export interface QuoteSubmittedV1 {
  readonly rfqId: string;
  readonly quoteId: string;
  readonly workshopId: string;
  /** The lead that issued the RFQ, carried so visibility is decided from this event alone. */
  readonly rfqIssuedBy: string;
  readonly revision: 1;
  /** A subset of the RFQ's lines is fine; every line is priced in the same currency. */
  readonly lines: readonly QuotesQuoteLineV1[];
  readonly submittedAt: string;
}

export const QUOTE_SUBMITTED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/quotes/QuoteSubmitted/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'QuoteSubmitted v1',
  type: 'object',
  additionalProperties: false,
  required: ['rfqId', 'quoteId', 'workshopId', 'rfqIssuedBy', 'revision', 'lines', 'submittedAt'],
  properties: {
    rfqId: { type: 'string', pattern: QUOTES_ID_PATTERN },
    quoteId: { type: 'string', pattern: QUOTES_ID_PATTERN },
    workshopId: { type: 'string', minLength: 1 },
    rfqIssuedBy: { type: 'string', minLength: 1 },
    revision: { const: 1 },
    lines: { type: 'array', minItems: 1, maxItems: 200, items: QUOTES_QUOTE_LINE_V1_SCHEMA },
    submittedAt: { type: 'string', format: 'date-time' },
  },
} as const;
