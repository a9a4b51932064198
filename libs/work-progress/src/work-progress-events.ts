import type {
  ProgressReportedV2,
  WorkBlockedV1,
  WorkCompletedV1,
  WorkDelayReportedV1,
  WorkHandoffReadyV1,
  WorkItemFlaggedV1,
  WorkItemOpenedV1,
  WorkOperationCompletedV1,
} from '@renkei/contracts';

export interface WorkItemOpened { readonly type: 'WorkItemOpened'; readonly data: WorkItemOpenedV1 }
/** Written as v2; stored v1 data reads as v2 through `upcastProgressReported`. */
export interface ProgressReported { readonly type: 'ProgressReported'; readonly data: ProgressReportedV2 }
export interface OperationCompleted { readonly type: 'OperationCompleted'; readonly data: WorkOperationCompletedV1 }
export interface DelayReported { readonly type: 'DelayReported'; readonly data: WorkDelayReportedV1 }
export interface WorkBlocked { readonly type: 'WorkBlocked'; readonly data: WorkBlockedV1 }
export interface WorkCompleted { readonly type: 'WorkCompleted'; readonly data: WorkCompletedV1 }
export interface HandoffReady { readonly type: 'HandoffReady'; readonly data: WorkHandoffReadyV1 }

/** Facts a single report implies, recorded in the same decision as the report itself. */
export type DerivedEvent = OperationCompleted | DelayReported | WorkBlocked | WorkCompleted | HandoffReady;

/** A newer BOM revision changed what this item makes: its work follows an outdated revision. */
export interface WorkItemFlagged { readonly type: 'WorkItemFlagged'; readonly data: WorkItemFlaggedV1 }

export type WorkProgressEvent = WorkItemOpened | ProgressReported | DerivedEvent | WorkItemFlagged;
