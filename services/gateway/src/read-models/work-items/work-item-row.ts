import type { EventEnvelope, WorkOperationCompletedV1 } from '@renkei/contracts';
import { evolve as evolveWorkItem, initialWorkItem, type WorkItem, type WorkProgressEvent } from '@renkei/work-progress';
import type { WorkItemEntity } from './work-item.entity';
import { ownWorkOf } from './own-work';

export type WorkItemRow = WorkItemEntity;

export const WORK_ITEM_EVENT_TYPES = [
  'WorkItemOpened',
  'ProgressReported',
  'OperationCompleted',
  'DelayReported',
  'WorkBlocked',
  'WorkCompleted',
  'HandoffReady',
  'WorkItemFlagged',
] as const;

/**
 * Pure projection step. The work-progress context's own evolve decides what the item's
 * state is (a report that happened before the one shown stays history); the columns the
 * gateway queries are read off it. A stream revision already applied changes nothing.
 */
export function evolveWorkItemRow(row: WorkItemRow | null, event: EventEnvelope): WorkItemRow | null {
  if (!(WORK_ITEM_EVENT_TYPES as readonly string[]).includes(event.type)) return row;
  if (row !== null && Number(event.revision) <= row.lastRevision) return row;
  const state = evolveWorkItem(row?.state ?? initialWorkItem, { type: event.type, data: event.data } as unknown as WorkProgressEvent);
  const completedOperations = row?.completedOperations ?? [];
  const completed = event.type === 'OperationCompleted' ? (event.data as unknown as WorkOperationCompletedV1) : null;
  return rowOf(state, {
    event,
    previous: row,
    completedOperations:
      completed === null || completedOperations.some((operation) => operation.opNo === completed.opNo)
        ? completedOperations
        : [...completedOperations, { opNo: completed.opNo, at: completed.occurredAt }].sort((a, b) => a.opNo - b.opNo),
  });
}

function rowOf(state: WorkItem, change: { event: EventEnvelope; previous: WorkItemRow | null; completedOperations: WorkItemRow['completedOperations'] }): WorkItemRow | null {
  if (state.status === 'Unreported') return change.previous;
  const { event, previous } = change;
  const latest = state.latest;
  const opened = state.status === 'Open' ? state.opened : null;
  const data = event.data as { poId: string; lineNo: number };
  // A report that happened before the one shown changes nothing a reader sees, not even the time.
  const report = event.data as { occurredAt?: string };
  const olderReport = event.type === 'ProgressReported' && previous !== null && latest !== null && latest.occurredAt !== report.occurredAt;
  const status = latest?.status ?? 'not_started';
  const operations = opened === null ? [] : [...opened.operations];
  const progress = { operations, completedOperations: change.completedOperations, status, completedAt: state.workCompletedAt };
  return {
    poId: data.poId,
    lineNo: data.lineNo,
    status,
    qtyGood: latest?.qtyGood ?? 0,
    qtyScrap: latest?.qtyScrap ?? 0,
    percent: latest?.percent ?? null,
    eta: latest?.eta ?? null,
    delayReason: latest?.delayReasonCode ?? null,
    note: latest?.note ?? null,
    occurredAt: latest?.occurredAt ?? opened?.openedAt ?? event.recordedAt.toISOString(),
    updatedAt: olderReport ? previous.updatedAt : event.recordedAt.toISOString(),
    reportedBy: latest?.reportedBy ?? null,
    completedAt: state.workCompletedAt,
    buyerId: opened?.buyerId ?? null,
    supplierId: opened?.supplierId ?? null,
    customerOrderId: opened?.customerOrderId ?? null,
    bomNodeId: opened?.bomNodeId ?? null,
    bomRevision: opened?.bomRevision ?? null,
    partNumber: opened?.partNumber ?? null,
    quantity: opened?.quantity ?? null,
    dueDate: opened?.dueDate ?? null,
    operations,
    completedOperations: change.completedOperations,
    outdatedRevision: state.status === 'Open' ? state.outdatedRevision : null,
    finished: ownWorkOf(progress, opened?.supplierId ?? latest?.reportedBy ?? null).finished,
    state,
    lastRevision: Number(event.revision),
  };
}
