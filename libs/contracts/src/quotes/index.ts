// Event schemas of the quotes context (versioned). Exported through libs/contracts/src/index.ts.
import { QUOTE_REVISED_SCHEMA_VERSION, QUOTE_REVISED_V1_SCHEMA } from './quote-revised.v1';
import { QUOTE_SUBMITTED_SCHEMA_VERSION, QUOTE_SUBMITTED_V1_SCHEMA } from './quote-submitted.v1';
import { RFQ_ANSWER_OVERDUE_SCHEMA_VERSION, RFQ_ANSWER_OVERDUE_V1_SCHEMA } from './rfq-answer-overdue.v1';
import { RFQ_AWARDED_SCHEMA_VERSION, RFQ_AWARDED_V1_SCHEMA } from './rfq-awarded.v1';
import { RFQ_CANCELLED_SCHEMA_VERSION, RFQ_CANCELLED_V1_SCHEMA } from './rfq-cancelled.v1';
import { RFQ_DECLINED_SCHEMA_VERSION, RFQ_DECLINED_V1_SCHEMA } from './rfq-declined.v1';
import { RFQ_ISSUED_SCHEMA_VERSION, RFQ_ISSUED_V2_SCHEMA } from './rfq-issued.v2';

export * from './quotes-vocabulary';
export * from './rfq-line.v1';
export * from './quote-line.v1';
export * from './rfq-issued.v1';
export * from './rfq-issued.v2';
export * from './quote-submitted.v1';
export * from './quote-revised.v1';
export * from './rfq-declined.v1';
export * from './rfq-awarded.v1';
export * from './rfq-cancelled.v1';
export * from './rfq-answer-overdue.v1';

/** Every quotes event type and the JSON Schema of its current version (older versions: see RFQ_ISSUED_SCHEMAS). */
export const QUOTES_EVENT_SCHEMAS = {
  RfqIssued: RFQ_ISSUED_V2_SCHEMA,
  QuoteSubmitted: QUOTE_SUBMITTED_V1_SCHEMA,
  QuoteRevised: QUOTE_REVISED_V1_SCHEMA,
  RfqDeclined: RFQ_DECLINED_V1_SCHEMA,
  RfqAwarded: RFQ_AWARDED_V1_SCHEMA,
  RfqCancelled: RFQ_CANCELLED_V1_SCHEMA,
  RfqAnswerOverdue: RFQ_ANSWER_OVERDUE_V1_SCHEMA,
} as const;

/** The schema version each quotes event type is written with today. */
export const QUOTES_EVENT_SCHEMA_VERSIONS = {
  RfqIssued: RFQ_ISSUED_SCHEMA_VERSION,
  QuoteSubmitted: QUOTE_SUBMITTED_SCHEMA_VERSION,
  QuoteRevised: QUOTE_REVISED_SCHEMA_VERSION,
  RfqDeclined: RFQ_DECLINED_SCHEMA_VERSION,
  RfqAwarded: RFQ_AWARDED_SCHEMA_VERSION,
  RfqCancelled: RFQ_CANCELLED_SCHEMA_VERSION,
  RfqAnswerOverdue: RFQ_ANSWER_OVERDUE_SCHEMA_VERSION,
} as const satisfies Record<keyof typeof QUOTES_EVENT_SCHEMAS, number>;

export type QuotesEventType = keyof typeof QUOTES_EVENT_SCHEMAS;
