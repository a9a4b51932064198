import type { ProgressReportedV2, WorkItemOpenedV1 } from '@renkei/contracts';

/** What a report may say beyond the v1 fields; optional so commands built before step 2 still hold (omitted means null). */
type ReportDetails = Partial<Pick<ProgressReportedV2, 'operation' | 'milestone' | 'percent' | 'delayReasonCode'>>;

export interface ReportProgress {
  readonly type: 'ReportProgress';
  /** What the workshop says; who said it is added from the metadata when it becomes an event. */
  readonly data: Omit<ProgressReportedV2, 'occurredAt' | 'reportedBy' | keyof ReportDetails> & ReportDetails & { readonly occurredAt: Date };
  /** Who asks, and when the backbone received it: passed in, never read from a clock here. */
  readonly metadata: { readonly companyId: string; readonly now: Date };
}

export type WorkActorRole = 'lead' | 'workshop' | 'integrator' | 'coordinator';

/**
 * Sent by the orders process manager once a purchase order line is acknowledged; any role may act
 * for it. `operations` is the routing of the line's BOM node at `bomRevision`.
 */
export interface OpenWorkItem {
  readonly type: 'OpenWorkItem';
  readonly data: Omit<WorkItemOpenedV1, 'openedBy' | 'openedAt'>;
  readonly metadata: { readonly actor: { readonly companyId: string; readonly role: WorkActorRole }; readonly now: Date };
}

/**
 * Sent by the BOM-change process manager, on behalf of the lead that owns the BOM, when revision
 * `currentRevision` of `productId` changed the item's node or a node below it (`changedNodeIds`).
 */
export interface FlagOutdatedRevision {
  readonly type: 'FlagOutdatedRevision';
  readonly data: {
    readonly poId: string;
    readonly lineNo: number;
    readonly productId: string;
    readonly currentRevision: number;
    readonly changedNodeIds: readonly string[];
  };
  readonly metadata: { readonly actor: { readonly companyId: string; readonly role: WorkActorRole }; readonly now: Date };
}

export type WorkProgressCommand = ReportProgress | OpenWorkItem | FlagOutdatedRevision;

export function workItemStreamId(poId: string, lineNo: number): string {
  return `work-${poId}-${lineNo}`;
}
