import { WORK_COMPANY_ID_SCHEMA, WORK_DATE_SCHEMA, WORK_LINE_NO_SCHEMA, WORK_OP_NO_SCHEMA, WORK_PO_ID_SCHEMA, WORK_TIMESTAMP_SCHEMA } from './work-progress-vocabulary';

export const WORK_ITEM_OPENED_SCHEMA_VERSION = 1;

/** One operation of the BOM node's routing; consecutive operations may be at different workshops. */
export interface WorkOperationV1 {
  /** 10, 20, 30, ...: strictly increasing within a routing. */
  readonly opNo: number;
  readonly process: string;
  readonly workshopId: string;
}

/**
 * Data of `WorkItemOpened`, schema version 1: an acknowledged purchase order line became work for
 * its supplier. The routing tells which operations are the supplier's own and who does the next one.
 */
export interface WorkItemOpenedV1 {
  readonly poId: string;
  readonly lineNo: number;
  readonly buyerId: string;
  /** The only company that may report progress on this item. */
  readonly supplierId: string;
  readonly customerOrderId: string;
  readonly partNumber: string;
  readonly bomNodeId: string;
  readonly bomRevision: number;
  readonly quantity: number;
  /** YYYY-MM-DD, as on the purchase order line. */
  readonly dueDate: string;
  /** The whole routing of the BOM node, the supplier's operations and everyone else's, in order. */
  readonly operations: readonly WorkOperationV1[];
  /** The company whose process manager opened it. */
  readonly openedBy: string;
  readonly openedAt: string;
}

export const WORK_OPERATION_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['opNo', 'process', 'workshopId'],
  properties: {
    opNo: WORK_OP_NO_SCHEMA,
    process: { type: 'string', minLength: 1, maxLength: 40 },
    workshopId: WORK_COMPANY_ID_SCHEMA,
  },
} as const;

export const WORK_ITEM_OPENED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/work-progress/WorkItemOpened/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'WorkItemOpened v1',
  type: 'object',
  additionalProperties: false,
  required: ['poId', 'lineNo', 'buyerId', 'supplierId', 'customerOrderId', 'partNumber', 'bomNodeId', 'bomRevision', 'quantity', 'dueDate', 'operations', 'openedBy', 'openedAt'],
  properties: {
    poId: WORK_PO_ID_SCHEMA,
    lineNo: WORK_LINE_NO_SCHEMA,
    buyerId: WORK_COMPANY_ID_SCHEMA,
    supplierId: WORK_COMPANY_ID_SCHEMA,
    customerOrderId: { type: 'string', minLength: 1, maxLength: 64 },
    partNumber: { type: 'string', minLength: 1, maxLength: 64 },
    bomNodeId: { type: 'string', minLength: 1, maxLength: 64 },
    bomRevision: { type: 'integer', minimum: 1 },
    quantity: { type: 'integer', minimum: 1 },
    dueDate: WORK_DATE_SCHEMA,
    operations: { type: 'array', items: WORK_OPERATION_V1_SCHEMA },
    openedBy: WORK_COMPANY_ID_SCHEMA,
    openedAt: WORK_TIMESTAMP_SCHEMA,
  },
} as const;
