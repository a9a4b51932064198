import { WORK_DELAY_REASON_CODES, WORK_COMPANY_ID_SCHEMA, WORK_LINE_NO_SCHEMA, WORK_NOTE_SCHEMA, WORK_OP_NO_SCHEMA, WORK_PO_ID_SCHEMA, WORK_TIMESTAMP_SCHEMA, type WorkDelayReasonCode } from './work-progress-vocabulary';

export const WORK_DELAY_REPORTED_SCHEMA_VERSION = 1;

/** Data of `DelayReported`, schema version 1: a report said the work is late. */
export interface WorkDelayReportedV1 {
  readonly poId: string;
  readonly lineNo: number;
  /** The operation that is late, when the report named one. */
  readonly opNo: number | null;
  /** Always set on an opened work item; null only on a transitional item that was never opened. */
  readonly reasonCode: WorkDelayReasonCode | null;
  /** YYYY-MM-DD the workshop now expects to finish, if it said. */
  readonly newEta: string | null;
  readonly note: string | null;
  readonly occurredAt: string;
  readonly reportedBy: string;
}

export const WORK_DELAY_REPORTED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/work-progress/DelayReported/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'DelayReported v1',
  type: 'object',
  additionalProperties: false,
  required: ['poId', 'lineNo', 'opNo', 'reasonCode', 'newEta', 'note', 'occurredAt', 'reportedBy'],
  properties: {
    poId: WORK_PO_ID_SCHEMA,
    lineNo: WORK_LINE_NO_SCHEMA,
    opNo: { anyOf: [WORK_OP_NO_SCHEMA, { type: 'null' }] },
    reasonCode: { enum: [...WORK_DELAY_REASON_CODES, null] },
    newEta: { type: ['string', 'null'], format: 'date' },
    note: WORK_NOTE_SCHEMA,
    occurredAt: WORK_TIMESTAMP_SCHEMA,
    reportedBy: WORK_COMPANY_ID_SCHEMA,
  },
} as const;
