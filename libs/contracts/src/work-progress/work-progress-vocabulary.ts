/** Points in a work item's life a workshop may report on instead of an operation of the routing. */
export const WORK_MILESTONES = ['material-received', 'started', 'first-article-ok', 'finished', 'shipped'] as const;
export type WorkMilestone = (typeof WORK_MILESTONES)[number];

/** Why work is late or stuck, as a code the lead can count across workshops ("other" + a note for the rest). */
export const WORK_DELAY_REASON_CODES = ['material', 'machine', 'labour', 'quality', 'subcontractor', 'customer-change', 'other'] as const;
export type WorkDelayReasonCode = (typeof WORK_DELAY_REASON_CODES)[number];

/** Calendar dates travel as YYYY-MM-DD: an ETA or a due date is a day at the workshop, not an instant. */
export const WORK_DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

// Property schemas shared by the work-progress events; the same limits as ProgressReported v1, so that
// every v1 event upcast to v2 still validates and derived events validate whenever their report does.
export const WORK_PO_ID_SCHEMA = { type: 'string', minLength: 1, maxLength: 64 } as const;
export const WORK_LINE_NO_SCHEMA = { type: 'integer', minimum: 1 } as const;
export const WORK_COMPANY_ID_SCHEMA = { type: 'string', minLength: 1 } as const;
export const WORK_OP_NO_SCHEMA = { type: 'integer', minimum: 1 } as const;
export const WORK_QUANTITY_SCHEMA = { type: 'integer', minimum: 0 } as const;
export const WORK_TIMESTAMP_SCHEMA = { type: 'string', format: 'date-time' } as const;
export const WORK_DATE_SCHEMA = { type: 'string', format: 'date', pattern: WORK_DATE_PATTERN } as const;
export const WORK_NOTE_SCHEMA = { type: ['string', 'null'], maxLength: 500 } as const;
