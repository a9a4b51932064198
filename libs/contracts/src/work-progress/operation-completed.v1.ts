import { WORK_COMPANY_ID_SCHEMA, WORK_LINE_NO_SCHEMA, WORK_OP_NO_SCHEMA, WORK_PO_ID_SCHEMA, WORK_QUANTITY_SCHEMA, WORK_TIMESTAMP_SCHEMA } from './work-progress-vocabulary';

export const WORK_OPERATION_COMPLETED_SCHEMA_VERSION = 1;

/** Data of `OperationCompleted`, schema version 1: a report said an operation of the routing is done. */
export interface WorkOperationCompletedV1 {
  readonly poId: string;
  readonly lineNo: number;
  readonly opNo: number;
  readonly qtyGood: number;
  readonly qtyScrap: number;
  /** Shop-floor time of the report; a late report records the fact with its own, earlier time. */
  readonly occurredAt: string;
  readonly reportedBy: string;
}

export const WORK_OPERATION_COMPLETED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/work-progress/OperationCompleted/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'OperationCompleted v1',
  type: 'object',
  additionalProperties: false,
  required: ['poId', 'lineNo', 'opNo', 'qtyGood', 'qtyScrap', 'occurredAt', 'reportedBy'],
  properties: {
    poId: WORK_PO_ID_SCHEMA,
    lineNo: WORK_LINE_NO_SCHEMA,
    opNo: WORK_OP_NO_SCHEMA,
    qtyGood: WORK_QUANTITY_SCHEMA,
    qtyScrap: WORK_QUANTITY_SCHEMA,
    occurredAt: WORK_TIMESTAMP_SCHEMA,
    reportedBy: WORK_COMPANY_ID_SCHEMA,
  },
} as const;
