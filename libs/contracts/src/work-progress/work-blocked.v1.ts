import { WORK_DELAY_REASON_CODES, WORK_COMPANY_ID_SCHEMA, WORK_LINE_NO_SCHEMA, WORK_NOTE_SCHEMA, WORK_OP_NO_SCHEMA, WORK_PO_ID_SCHEMA, WORK_TIMESTAMP_SCHEMA, type WorkDelayReasonCode } from './work-progress-vocabulary';

export const WORK_BLOCKED_SCHEMA_VERSION = 1;

/** Data of `WorkBlocked`, schema version 1: a report said the work cannot go on until something changes. */
export interface WorkBlockedV1 {
  readonly poId: string;
  readonly lineNo: number;
  /** The operation that is stuck, when the report named one. */
  readonly opNo: number | null;
  /** Why, when the workshop said (a blocked report does not require a reason code). */
  readonly reasonCode: WorkDelayReasonCode | null;
  readonly note: string | null;
  readonly occurredAt: string;
  readonly reportedBy: string;
}

export const WORK_BLOCKED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/work-progress/WorkBlocked/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'WorkBlocked v1',
  type: 'object',
  additionalProperties: false,
  required: ['poId', 'lineNo', 'opNo', 'reasonCode', 'note', 'occurredAt', 'reportedBy'],
  properties: {
    poId: WORK_PO_ID_SCHEMA,
    lineNo: WORK_LINE_NO_SCHEMA,
    opNo: { anyOf: [WORK_OP_NO_SCHEMA, { type: 'null' }] },
    reasonCode: { enum: [...WORK_DELAY_REASON_CODES, null] },
    note: WORK_NOTE_SCHEMA,
    occurredAt: WORK_TIMESTAMP_SCHEMA,
    reportedBy: WORK_COMPANY_ID_SCHEMA,
  },
} as const;
