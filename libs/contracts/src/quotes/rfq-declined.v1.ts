import { QUOTES_ID_PATTERN } from './quotes-vocabulary';

export const RFQ_DECLINED_SCHEMA_VERSION = 1;

/** Data of `RfqDeclined`, schema version 1: an invited workshop said it will not quote. */
export interface RfqDeclinedV1 {
  readonly rfqId: string;
  readonly workshopId: string;
  readonly rfqIssuedBy: string;
  readonly reason: string;
  readonly declinedAt: string;
}

export const RFQ_DECLINED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/quotes/RfqDeclined/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'RfqDeclined v1',
  type: 'object',
  additionalProperties: false,
  required: ['rfqId', 'workshopId', 'rfqIssuedBy', 'reason', 'declinedAt'],
  properties: {
    rfqId: { type: 'string', pattern: QUOTES_ID_PATTERN },
    workshopId: { type: 'string', minLength: 1 },
    rfqIssuedBy: { type: 'string', minLength: 1 },
    reason: { type: 'string', minLength: 1, maxLength: 500 },
    declinedAt: { type: 'string', format: 'date-time' },
  },
} as const;
