import { QUOTES_RFQ_LINE_V1_SCHEMA, type QuotesRfqLineV1 } from './rfq-line.v1';
import { QUOTES_ID_PATTERN, QUOTES_INVITATION_SELECTIONS, type QuotesInvitationSelection } from './quotes-vocabulary';

/** What the lead asked the directory for when the workshops were matched rather than named. */
export interface QuotesMatchCriteriaV1 {
  readonly process: string;
  readonly material: string;
  /** A certification every matched workshop must hold when the RFQ is issued, or null for none. */
  readonly certification: string | null;
}

/** Data of `RfqIssued`, schema version 1: a lead asked workshops for quotes. Written until v2; read through `upcastRfqIssued`. */
export interface RfqIssuedV1 {
  readonly rfqId: string;
  /** Company id of the issuing lead: the only company that may award or cancel, and see every quote. */
  readonly issuedBy: string;
  readonly lines: readonly QuotesRfqLineV1[];
  readonly answerDeadline: string;
  /** The resolved list of invited workshops, whichever way they were chosen. */
  readonly invited: readonly string[];
  readonly selection: QuotesInvitationSelection;
  /** The criteria the invited list was matched with; null when the lead named the workshops. */
  readonly matchCriteria: QuotesMatchCriteriaV1 | null;
  readonly issuedAt: string;
}

export const RFQ_ISSUED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/quotes/RfqIssued/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'RfqIssued v1',
  type: 'object',
  additionalProperties: false,
  required: ['rfqId', 'issuedBy', 'lines', 'answerDeadline', 'invited', 'selection', 'matchCriteria', 'issuedAt'],
  properties: {
    rfqId: { type: 'string', pattern: QUOTES_ID_PATTERN },
    issuedBy: { type: 'string', minLength: 1 },
    lines: { type: 'array', minItems: 1, maxItems: 200, items: QUOTES_RFQ_LINE_V1_SCHEMA },
    answerDeadline: { type: 'string', format: 'date-time' },
    invited: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: QUOTES_ID_PATTERN } },
    selection: { enum: [...QUOTES_INVITATION_SELECTIONS] },
    matchCriteria: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['process', 'material', 'certification'],
          properties: {
            process: { type: 'string', minLength: 1, maxLength: 64 },
            material: { type: 'string', minLength: 1, maxLength: 64 },
            certification: { type: ['string', 'null'], minLength: 1, maxLength: 100 },
          },
        },
      ],
    },
    issuedAt: { type: 'string', format: 'date-time' },
  },
} as const;
