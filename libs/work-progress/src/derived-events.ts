import type { ProgressReportedV2, WorkItemOpenedV1 } from '@renkei/contracts';
import { assertNever } from './assert-never';
import type { DerivedEvent } from './work-progress-events';
import { nextOperation, ownOperations, type WorkItem } from './work-item-state';

/**
 * The facts one report implies. A late report (one that happened before the newest we hold) still
 * records them: an operation did complete, a delay was declared, at the report's own occurredAt.
 * Only the current status and ETA in state stay with the newest report (see evolve). Exception:
 * WorkCompleted is recorded once per work item; later completions are corrections, kept as reports.
 */
export function derivedEvents(report: ProgressReportedV2, state: WorkItem): DerivedEvent[] {
  const { poId, lineNo, note, occurredAt, reportedBy } = report;
  switch (report.status) {
    case 'delayed':
      return [{ type: 'DelayReported', data: { poId, lineNo, opNo: report.operation, reasonCode: report.delayReasonCode, newEta: report.eta, note, occurredAt, reportedBy } }];
    case 'blocked':
      return [{ type: 'WorkBlocked', data: { poId, lineNo, opNo: report.operation, reasonCode: report.delayReasonCode, note, occurredAt, reportedBy } }];
    case 'completed':
      return completionEvents(report, state);
    case 'not_started':
    case 'in_progress':
      return [];
    default:
      return assertNever(report.status);
  }
}

function completionEvents(report: ProgressReportedV2, state: WorkItem): DerivedEvent[] {
  const { poId, lineNo, qtyGood, qtyScrap, occurredAt, reportedBy } = report;
  const opened = state.status === 'Open' ? state.opened : null;
  const events: DerivedEvent[] = [];
  if (report.operation !== null) {
    events.push({ type: 'OperationCompleted', data: { poId, lineNo, opNo: report.operation, qtyGood, qtyScrap, occurredAt, reportedBy } });
    const handoff = opened === null ? null : handoffAfter(opened, report.operation, report);
    if (handoff !== null) events.push(handoff);
  }
  const alreadyCompleted = state.status !== 'Unreported' && state.workCompletedAt !== null;
  if (!alreadyCompleted && completesTheWork(report, opened)) {
    events.push({ type: 'WorkCompleted', data: { poId, lineNo, qtyGood, qtyScrap, occurredAt, reportedBy } });
  }
  return events;
}

/** The milestone "finished", or the supplier's last own operation (only an opened item knows which that is). */
function completesTheWork(report: ProgressReportedV2, opened: WorkItemOpenedV1 | null): boolean {
  if (report.milestone === 'finished') return true;
  if (opened === null || report.operation === null) return false;
  return ownOperations(opened).at(-1)?.opNo === report.operation;
}

/** Parts move on when the next operation of the routing is at another workshop than the one just done. */
function handoffAfter(opened: WorkItemOpenedV1, opNo: number, report: ProgressReportedV2): DerivedEvent | null {
  const done = opened.operations.find((operation) => operation.opNo === opNo);
  const next = nextOperation(opened, opNo);
  if (done === undefined || next === undefined || next.workshopId === done.workshopId) return null;
  return {
    type: 'HandoffReady',
    data: {
      poId: report.poId,
      lineNo: report.lineNo,
      partNumber: opened.partNumber,
      opNo,
      nextOpNo: next.opNo,
      nextWorkshopId: next.workshopId,
      qty: report.qtyGood,
      expectedAt: report.eta ?? report.occurredAt,
      occurredAt: report.occurredAt,
      reportedBy: report.reportedBy,
    },
  };
}
