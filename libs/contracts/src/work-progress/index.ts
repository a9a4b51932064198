// Event schemas of the work-progress context (versioned). Exported through libs/contracts/src/index.ts.
import { WORK_DELAY_REPORTED_SCHEMA_VERSION, WORK_DELAY_REPORTED_V1_SCHEMA, type WorkDelayReportedV1 } from './delay-reported.v1';
import { WORK_HANDOFF_READY_SCHEMA_VERSION, WORK_HANDOFF_READY_V1_SCHEMA, type WorkHandoffReadyV1 } from './handoff-ready.v1';
import { WORK_OPERATION_COMPLETED_SCHEMA_VERSION, WORK_OPERATION_COMPLETED_V1_SCHEMA, type WorkOperationCompletedV1 } from './operation-completed.v1';
import { PROGRESS_REPORTED_SCHEMA_VERSION, PROGRESS_REPORTED_V2_SCHEMA, type ProgressReportedV2 } from './progress-reported.v2';
import { WORK_BLOCKED_SCHEMA_VERSION, WORK_BLOCKED_V1_SCHEMA, type WorkBlockedV1 } from './work-blocked.v1';
import { WORK_COMPLETED_SCHEMA_VERSION, WORK_COMPLETED_V1_SCHEMA, type WorkCompletedV1 } from './work-completed.v1';
import { WORK_ITEM_FLAGGED_SCHEMA_VERSION, WORK_ITEM_FLAGGED_V1_SCHEMA, type WorkItemFlaggedV1 } from './work-item-flagged.v1';
import { WORK_ITEM_OPENED_SCHEMA_VERSION, WORK_ITEM_OPENED_V1_SCHEMA, type WorkItemOpenedV1 } from './work-item-opened.v1';

export * from './work-progress-vocabulary';
export * from './progress-reported.v1';
export * from './progress-reported.v2';
export * from './upcast-progress-reported';
export * from './work-item-opened.v1';
export * from './operation-completed.v1';
export * from './delay-reported.v1';
export * from './work-blocked.v1';
export * from './work-completed.v1';
export * from './handoff-ready.v1';
export * from './work-item-flagged.v1';

/** Event type → JSON Schema of the version written today (older versions: see PROGRESS_REPORTED_SCHEMAS). */
export const WORK_PROGRESS_EVENT_SCHEMAS = {
  WorkItemOpened: WORK_ITEM_OPENED_V1_SCHEMA,
  ProgressReported: PROGRESS_REPORTED_V2_SCHEMA,
  OperationCompleted: WORK_OPERATION_COMPLETED_V1_SCHEMA,
  DelayReported: WORK_DELAY_REPORTED_V1_SCHEMA,
  WorkBlocked: WORK_BLOCKED_V1_SCHEMA,
  WorkCompleted: WORK_COMPLETED_V1_SCHEMA,
  HandoffReady: WORK_HANDOFF_READY_V1_SCHEMA,
  WorkItemFlagged: WORK_ITEM_FLAGGED_V1_SCHEMA,
} as const;

/** The schema version each work-progress event type is written with today: stamp it on each event's metadata. */
export const WORK_PROGRESS_EVENT_SCHEMA_VERSIONS = {
  WorkItemOpened: WORK_ITEM_OPENED_SCHEMA_VERSION,
  ProgressReported: PROGRESS_REPORTED_SCHEMA_VERSION,
  OperationCompleted: WORK_OPERATION_COMPLETED_SCHEMA_VERSION,
  DelayReported: WORK_DELAY_REPORTED_SCHEMA_VERSION,
  WorkBlocked: WORK_BLOCKED_SCHEMA_VERSION,
  WorkCompleted: WORK_COMPLETED_SCHEMA_VERSION,
  HandoffReady: WORK_HANDOFF_READY_SCHEMA_VERSION,
  WorkItemFlagged: WORK_ITEM_FLAGGED_SCHEMA_VERSION,
} as const satisfies Record<keyof typeof WORK_PROGRESS_EVENT_SCHEMAS, number>;

export type WorkProgressEventType = keyof typeof WORK_PROGRESS_EVENT_SCHEMAS;

/** Event type → data type of the version written today; the domain's events must match it exactly. */
export interface WorkProgressEventData {
  WorkItemOpened: WorkItemOpenedV1;
  ProgressReported: ProgressReportedV2;
  OperationCompleted: WorkOperationCompletedV1;
  DelayReported: WorkDelayReportedV1;
  WorkBlocked: WorkBlockedV1;
  WorkCompleted: WorkCompletedV1;
  HandoffReady: WorkHandoffReadyV1;
  WorkItemFlagged: WorkItemFlaggedV1;
}
