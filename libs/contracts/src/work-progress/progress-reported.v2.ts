import { WORK_STATUSES, type ProgressReportedV1 } from './progress-reported.v1';
import { WORK_DELAY_REASON_CODES, WORK_MILESTONES, WORK_OP_NO_SCHEMA, type WorkDelayReasonCode, type WorkMilestone } from './work-progress-vocabulary';

export const PROGRESS_REPORTED_SCHEMA_VERSION = 2;

/**
 * Data of `ProgressReported`, schema version 2: v1 plus what the report is about and why it is late.
 * Every new field is null when the workshop did not say; v1 events read as v2 with all four null
 * (see `upcastProgressReported`).
 */
export interface ProgressReportedV2 extends ProgressReportedV1 {
  /** opNo of the work item's routing the report is about; null when about a milestone or the whole item. */
  readonly operation: number | null;
  /** Set instead of `operation` when the report is about a milestone. */
  readonly milestone: WorkMilestone | null;
  /** How far along, 0 to 100, if the workshop said. */
  readonly percent: number | null;
  /** Why it is late or stuck; set on every delayed report of an opened work item. */
  readonly delayReasonCode: WorkDelayReasonCode | null;
}

export const PROGRESS_REPORTED_V2_SCHEMA = {
  $id: 'https://renkei.example/schemas/work-progress/ProgressReported/v2.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'ProgressReported v2',
  type: 'object',
  additionalProperties: false,
  required: ['poId', 'lineNo', 'status', 'qtyGood', 'qtyScrap', 'eta', 'note', 'occurredAt', 'reportedBy', 'operation', 'milestone', 'percent', 'delayReasonCode'],
  properties: {
    poId: { type: 'string', minLength: 1, maxLength: 64 },
    lineNo: { type: 'integer', minimum: 1 },
    status: { enum: [...WORK_STATUSES] },
    qtyGood: { type: 'integer', minimum: 0 },
    qtyScrap: { type: 'integer', minimum: 0 },
    eta: { type: ['string', 'null'], format: 'date' },
    note: { type: ['string', 'null'], maxLength: 500 },
    occurredAt: { type: 'string', format: 'date-time' },
    reportedBy: { type: 'string', minLength: 1 },
    operation: { anyOf: [WORK_OP_NO_SCHEMA, { type: 'null' }] },
    milestone: { enum: [...WORK_MILESTONES, null] },
    percent: { type: ['number', 'null'], minimum: 0, maximum: 100 },
    delayReasonCode: { enum: [...WORK_DELAY_REASON_CODES, null] },
  },
} as const;
