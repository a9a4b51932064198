import { WORK_DELAY_REASON_CODES, type ProgressReportedV2, type WorkItemOpenedV1 } from '@renkei/contracts';
import { derivedEvents } from './derived-events';
import { WorkProgressError } from './field-error';
import type { ReportProgress } from './work-progress-commands';
import type { WorkProgressEvent } from './work-progress-events';
import { ownOperations, type OpenedWorkItem, type WorkItem } from './work-item-state';

/** Clocks on a phone or a shop PC drift; a report a little ahead of ours is not a lie. */
const CLOCK_SKEW_TOLERANCE_MS = 5 * 60 * 1000;

/** Records a workshop's report and, in the same decision, the facts it implies (see derived-events.ts). */
export function reportProgress(command: ReportProgress, state: WorkItem): WorkProgressEvent[] {
  const { data, metadata } = command;
  const item = openItemOfReporter(command, state);
  if (data.occurredAt.getTime() > metadata.now.getTime() + CLOCK_SKEW_TOLERANCE_MS) {
    throw new WorkProgressError('WORK.OCCURRED_IN_THE_FUTURE', `occurredAt ${data.occurredAt.toISOString()} is later than now (${metadata.now.toISOString()})`, [
      { field: 'occurredAt', rule: 'must not be in the future', allowed: `at most ${metadata.now.toISOString()} plus 5 minutes of clock skew` },
    ]);
  }
  const report: ProgressReportedV2 = {
    poId: data.poId,
    lineNo: data.lineNo,
    status: data.status,
    qtyGood: data.qtyGood,
    qtyScrap: data.qtyScrap,
    eta: data.eta,
    note: data.note,
    occurredAt: data.occurredAt.toISOString(),
    reportedBy: metadata.companyId,
    operation: data.operation ?? null,
    milestone: data.milestone ?? null,
    percent: data.percent ?? null,
    delayReasonCode: data.delayReasonCode ?? null,
  };
  if (report.operation !== null && report.milestone !== null) {
    throw new WorkProgressError('WORK.INVALID_INPUT', 'a report is about one operation or one milestone, not both', [
      { field: 'milestone', rule: 'cannot be given together with operation', allowed: 'operation or milestone, not both' },
    ]);
  }
  checkAgainstRouting(report, item.opened);
  return [{ type: 'ProgressReported', data: report }, ...derivedEvents(report, item)];
}

/** Only the supplier of an opened item reports on it. */
function openItemOfReporter({ data, metadata }: ReportProgress, state: WorkItem): OpenedWorkItem {
  if (state.status === 'Open' && state.opened.supplierId === metadata.companyId) return state;
  if (state.status === 'Open' && state.opened.buyerId === metadata.companyId) {
    throw new WorkProgressError('WORK.NOT_THE_SUPPLIER', `only the supplier of ${data.poId}/${data.lineNo} reports progress on it`);
  }
  // Never opened, or opened for someone else: one answer for both, so a stranger learns nothing.
  // (Items reported on before work items were opened, status 'Reported', take no new reports either.)
  throw new WorkProgressError(
    'WORK.NOT_OPEN',
    `there is no open work item ${data.poId}/${data.lineNo} of yours: a work item opens when its supplier accepts the purchase order line`,
  );
}

/** Rules of the opened item: its own operations, and a reason whenever it is late. */
function checkAgainstRouting(report: ProgressReportedV2, opened: WorkItemOpenedV1): void {
  const own = ownOperations(opened).map((operation) => operation.opNo);
  if (report.operation !== null && !own.includes(report.operation)) {
    throw new WorkProgressError('WORK.UNKNOWN_OPERATION', `operation ${report.operation} is not one of ${opened.supplierId}'s operations on ${report.poId}/${report.lineNo}`, [
      { field: 'operation', rule: "must be one of this work item's own operations", allowed: own.length > 0 ? own.join(', ') : 'none: report a milestone instead' },
    ]);
  }
  if (report.status === 'delayed' && report.delayReasonCode === null) {
    throw new WorkProgressError('WORK.INVALID_INPUT', `a delayed report on ${report.poId}/${report.lineNo} must say why`, [
      { field: 'delayReasonCode', rule: 'is required when status is delayed', allowed: WORK_DELAY_REASON_CODES.join(', ') },
    ]);
  }
}
