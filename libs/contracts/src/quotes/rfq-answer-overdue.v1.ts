import { QUOTES_ID_PATTERN } from './quotes-vocabulary';

export const RFQ_ANSWER_OVERDUE_SCHEMA_VERSION = 1;

/** Data of `RfqAnswerOverdue`, schema version 1: the answer deadline passed and some invited workshops stayed silent. */
export interface RfqAnswerOverdueV1 {
  readonly rfqId: string;
  readonly rfqIssuedBy: string;
  readonly answerDeadline: string;
  /** Invited workshops that neither quoted nor declined. */
  readonly missing: readonly string[];
  readonly detectedAt: string;
}

export const RFQ_ANSWER_OVERDUE_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/quotes/RfqAnswerOverdue/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'RfqAnswerOverdue v1',
  type: 'object',
  additionalProperties: false,
  required: ['rfqId', 'rfqIssuedBy', 'answerDeadline', 'missing', 'detectedAt'],
  properties: {
    rfqId: { type: 'string', pattern: QUOTES_ID_PATTERN },
    rfqIssuedBy: { type: 'string', minLength: 1 },
    answerDeadline: { type: 'string', format: 'date-time' },
    missing: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } },
    detectedAt: { type: 'string', format: 'date-time' },
  },
} as const;
