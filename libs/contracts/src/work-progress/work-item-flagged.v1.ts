import { WORK_COMPANY_ID_SCHEMA, WORK_LINE_NO_SCHEMA, WORK_PO_ID_SCHEMA, WORK_TIMESTAMP_SCHEMA } from './work-progress-vocabulary';

export const WORK_ITEM_FLAGGED_SCHEMA_VERSION = 1;

/**
 * Data of `WorkItemFlagged`, schema version 1: a newer BOM revision changed the item's node or a node
 * below it, so the work in progress follows an outdated revision. The supplier checks the change;
 * the flag stays until a later revision flags it again.
 */
export interface WorkItemFlaggedV1 {
  readonly poId: string;
  readonly lineNo: number;
  /** The product whose BOM changed (the customer order's product). */
  readonly productId: string;
  readonly bomNodeId: string;
  /** The revision the work item was opened on. */
  readonly bomRevision: number;
  /** The revision that makes it outdated; always above `bomRevision`. */
  readonly currentRevision: number;
  /** The changed, added or removed nodes that concern this item: its own node or nodes below it. */
  readonly changedNodeIds: readonly string[];
  /** The lead that owns the BOM; its process manager flags on its behalf. */
  readonly flaggedBy: string;
  readonly flaggedAt: string;
}

export const WORK_ITEM_FLAGGED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/work-progress/WorkItemFlagged/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'WorkItemFlagged v1',
  type: 'object',
  additionalProperties: false,
  required: ['poId', 'lineNo', 'productId', 'bomNodeId', 'bomRevision', 'currentRevision', 'changedNodeIds', 'flaggedBy', 'flaggedAt'],
  properties: {
    poId: WORK_PO_ID_SCHEMA,
    lineNo: WORK_LINE_NO_SCHEMA,
    productId: { type: 'string', minLength: 1, maxLength: 64 },
    bomNodeId: { type: 'string', minLength: 1, maxLength: 64 },
    bomRevision: { type: 'integer', minimum: 1 },
    currentRevision: { type: 'integer', minimum: 2 },
    changedNodeIds: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 64 } },
    flaggedBy: WORK_COMPANY_ID_SCHEMA,
    flaggedAt: WORK_TIMESTAMP_SCHEMA,
  },
} as const;
