import { WORK_COMPANY_ID_SCHEMA, WORK_DATE_SCHEMA, WORK_LINE_NO_SCHEMA, WORK_OP_NO_SCHEMA, WORK_PO_ID_SCHEMA, WORK_QUANTITY_SCHEMA, WORK_TIMESTAMP_SCHEMA } from './work-progress-vocabulary';

export const WORK_HANDOFF_READY_SCHEMA_VERSION = 1;

/**
 * Data of `HandoffReady`, schema version 1: an operation is done and the next operation of the
 * routing is at another workshop, so that workshop learns parts are coming.
 */
export interface WorkHandoffReadyV1 {
  readonly poId: string;
  readonly lineNo: number;
  readonly partNumber: string;
  /** The operation just completed. */
  readonly opNo: number;
  readonly nextOpNo: number;
  readonly nextWorkshopId: string;
  /** Good pieces of the completed operation (0 when the report gave no count). */
  readonly qty: number;
  /**
   * When the parts should be ready to move: the report's ETA as a date (YYYY-MM-DD) when the
   * workshop gave one, else the shop-floor time the operation completed (RFC 3339).
   */
  readonly expectedAt: string;
  readonly occurredAt: string;
  readonly reportedBy: string;
}

export const WORK_HANDOFF_READY_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/work-progress/HandoffReady/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'HandoffReady v1',
  type: 'object',
  additionalProperties: false,
  required: ['poId', 'lineNo', 'partNumber', 'opNo', 'nextOpNo', 'nextWorkshopId', 'qty', 'expectedAt', 'occurredAt', 'reportedBy'],
  properties: {
    poId: WORK_PO_ID_SCHEMA,
    lineNo: WORK_LINE_NO_SCHEMA,
    partNumber: { type: 'string', minLength: 1, maxLength: 64 },
    opNo: WORK_OP_NO_SCHEMA,
    nextOpNo: WORK_OP_NO_SCHEMA,
    nextWorkshopId: WORK_COMPANY_ID_SCHEMA,
    qty: WORK_QUANTITY_SCHEMA,
    expectedAt: { anyOf: [WORK_DATE_SCHEMA, WORK_TIMESTAMP_SCHEMA] },
    occurredAt: WORK_TIMESTAMP_SCHEMA,
    reportedBy: WORK_COMPANY_ID_SCHEMA,
  },
} as const;
