import { QUOTES_QUOTE_LINE_V1_SCHEMA, type QuotesQuoteLineV1 } from './quote-line.v1';
import { QUOTES_ID_PATTERN } from './quotes-vocabulary';

export const QUOTE_REVISED_SCHEMA_VERSION = 1;

/**
 * Data of `QuoteRevised`, schema version 1: a full new revision of a workshop's quote,
 * replacing (not patching) the previous one. Visible to `workshopId` and `rfqIssuedBy` only.
 */
export interface QuoteRevisedV1 {
  readonly rfqId: string;
  readonly quoteId: string;
  readonly workshopId: string;
  readonly rfqIssuedBy: string;
  /** 2, 3, ...: the submission was revision 1. */
  readonly revision: number;
  readonly lines: readonly QuotesQuoteLineV1[];
  readonly revisedAt: string;
}

export const QUOTE_REVISED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/quotes/QuoteRevised/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'QuoteRevised v1',
  type: 'object',
  additionalProperties: false,
  required: ['rfqId', 'quoteId', 'workshopId', 'rfqIssuedBy', 'revision', 'lines', 'revisedAt'],
  properties: {
    rfqId: { type: 'string', pattern: QUOTES_ID_PATTERN },
    quoteId: { type: 'string', pattern: QUOTES_ID_PATTERN },
    workshopId: { type: 'string', minLength: 1 },
    rfqIssuedBy: { type: 'string', minLength: 1 },
    revision: { type: 'integer', minimum: 2 },
    lines: { type: 'array', minItems: 1, maxItems: 200, items: QUOTES_QUOTE_LINE_V1_SCHEMA },
    revisedAt: { type: 'string', format: 'date-time' },
  },
} as const;
