import { upcastProgressReported } from '@renkei/contracts';
import { assertNever } from './assert-never';
import { flagOutdatedRevision } from './flag-outdated-revision';
import { openWorkItem } from './open-work-item';
import { reportProgress } from './report-progress';
import type { WorkProgressCommand } from './work-progress-commands';
import type { WorkProgressEvent } from './work-progress-events';
import { initialWorkItem, type WorkItem } from './work-item-state';

export { initialWorkItem };

export function decide(command: WorkProgressCommand, state: WorkItem): WorkProgressEvent[] {
  switch (command.type) {
    case 'OpenWorkItem':
      return openWorkItem(command, state);
    case 'ReportProgress':
      return reportProgress(command, state);
    case 'FlagOutdatedRevision':
      return flagOutdatedRevision(command, state);
    default:
      return assertNever(command);
  }
}

/** A report that happened before the one we hold is history, not news: it never overwrites newer state. */
export function evolve(state: WorkItem, event: WorkProgressEvent): WorkItem {
  switch (event.type) {
    case 'WorkItemOpened':
      // The supplier's own reports made before the opening carry over; anyone else's were never
      // its work (a line can be reported on before its supplier accepts it) and are set aside.
      // Decide never records a second opening.
      if (state.status === 'Open') return state;
      if (state.status === 'Unreported' || state.latest.reportedBy !== event.data.supplierId) {
        return { status: 'Open', opened: event.data, latest: null, reports: 0, workCompletedAt: null, outdatedRevision: null };
      }
      return { status: 'Open', opened: event.data, latest: state.latest, reports: state.reports, workCompletedAt: state.workCompletedAt, outdatedRevision: null };
    case 'ProgressReported': {
      // Streams written before v2 hold v1 data, passed through unchanged by the command handler.
      const report = upcastProgressReported(event.data, 'operation' in event.data ? 2 : 1);
      if (state.status === 'Unreported') return { status: 'Reported', latest: report, reports: 1, workCompletedAt: null };
      const newer = state.latest === null || Date.parse(report.occurredAt) >= Date.parse(state.latest.occurredAt);
      if (state.status === 'Reported') return { ...state, latest: newer ? report : state.latest, reports: state.reports + 1 };
      return { ...state, latest: newer ? report : state.latest, reports: state.reports + 1 };
    }
    case 'WorkCompleted':
      return state.status === 'Unreported' ? state : { ...state, workCompletedAt: event.data.occurredAt };
    case 'OperationCompleted':
    case 'DelayReported':
    case 'WorkBlocked':
    case 'HandoffReady':
      // Facts for other parties; the report they come from already moved the state.
      return state;
    case 'WorkItemFlagged':
      // Only an opened item is flagged; a later revision's flag replaces an earlier one, never the reverse.
      if (state.status !== 'Open') return state;
      return { ...state, outdatedRevision: Math.max(state.outdatedRevision ?? 0, event.data.currentRevision) };
    default:
      return assertNever(event);
  }
}

/** The work item decider as one value, for the command handler and the specs. */
export const workItemDecider = { decide, evolve, initialState: initialWorkItem };
