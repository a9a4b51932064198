import type { ProgressReportedV2, WorkItemOpenedV1, WorkOperationV1 } from '@renkei/contracts';

/** A purchase order line's work, as far as its opening and the progress reports tell. */
export type WorkItem =
  | { readonly status: 'Unreported' }
  /**
   * TRANSITIONAL (until the orders process manager opens every work item): reported on but never
   * opened, so nobody named a supplier and the first workshop to report owns the line.
   */
  | { readonly status: 'Reported'; readonly latest: ProgressReportedV2; readonly reports: number; readonly workCompletedAt: string | null }
  /** Opened from an acknowledged purchase order line: only its supplier reports, on its own operations. */
  | {
      readonly status: 'Open';
      readonly opened: WorkItemOpenedV1;
      /** The report that happened last on the shop floor (not the last received); null before any. */
      readonly latest: ProgressReportedV2 | null;
      readonly reports: number;
      /** Shop-floor time of the report that completed the work; WorkCompleted is recorded once. */
      readonly workCompletedAt: string | null;
      /** The newest BOM revision that changed what this item makes since it was opened; null while its revision is current. */
      readonly outdatedRevision: number | null;
    };

export type OpenedWorkItem = Extract<WorkItem, { status: 'Open' }>;

export const initialWorkItem: WorkItem = { status: 'Unreported' };

/** The supplier's operations on this item, in routing order; the rest of the routing is other workshops'. */
export function ownOperations(opened: WorkItemOpenedV1): WorkOperationV1[] {
  return opened.operations.filter((operation) => operation.workshopId === opened.supplierId);
}

/** The operation after `opNo` in the routing, whoever does it; undefined after the last. */
export function nextOperation(opened: WorkItemOpenedV1, opNo: number): WorkOperationV1 | undefined {
  return opened.operations.find((operation) => operation.opNo > opNo);
}
