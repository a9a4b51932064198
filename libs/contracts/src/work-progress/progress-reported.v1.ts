/** Canonical status words every workshop's own vocabulary maps onto. */
export const WORK_STATUSES = ['not_started', 'in_progress', 'completed', 'delayed', 'blocked'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

/** Data of `ProgressReported`, schema version 1: a workshop's report on one purchase order line. */
export interface ProgressReportedV1 {
  readonly poId: string;
  readonly lineNo: number;
  readonly status: WorkStatus;
  readonly qtyGood: number;
  readonly qtyScrap: number;
  /** ISO date (YYYY-MM-DD) the workshop now expects to finish, if it said. */
  readonly eta: string | null;
  readonly note: string | null;
  /** When it happened on the shop floor; may be earlier than when Renkei received it. */
  readonly occurredAt: string;
  readonly reportedBy: string;
}

export const PROGRESS_REPORTED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/work-progress/ProgressReported/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'ProgressReported v1',
  type: 'object',
  additionalProperties: false,
  required: ['poId', 'lineNo', 'status', 'qtyGood', 'qtyScrap', 'eta', 'note', 'occurredAt', 'reportedBy'],
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
  },
} as const;
