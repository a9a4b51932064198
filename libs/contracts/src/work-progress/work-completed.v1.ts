import { WORK_COMPANY_ID_SCHEMA, WORK_LINE_NO_SCHEMA, WORK_PO_ID_SCHEMA, WORK_QUANTITY_SCHEMA, WORK_TIMESTAMP_SCHEMA } from './work-progress-vocabulary';

export const WORK_COMPLETED_SCHEMA_VERSION = 1;

/**
 * Data of `WorkCompleted`, schema version 1: the supplier finished its part of the work item (its last
 * own operation, or the milestone "finished"). Recorded once per work item.
 */
export interface WorkCompletedV1 {
  readonly poId: string;
  readonly lineNo: number;
  readonly qtyGood: number;
  readonly qtyScrap: number;
  readonly occurredAt: string;
  readonly reportedBy: string;
}

export const WORK_COMPLETED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/work-progress/WorkCompleted/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'WorkCompleted v1',
  type: 'object',
  additionalProperties: false,
  required: ['poId', 'lineNo', 'qtyGood', 'qtyScrap', 'occurredAt', 'reportedBy'],
  properties: {
    poId: WORK_PO_ID_SCHEMA,
    lineNo: WORK_LINE_NO_SCHEMA,
    qtyGood: WORK_QUANTITY_SCHEMA,
    qtyScrap: WORK_QUANTITY_SCHEMA,
    occurredAt: WORK_TIMESTAMP_SCHEMA,
    reportedBy: WORK_COMPANY_ID_SCHEMA,
  },
} as const;
