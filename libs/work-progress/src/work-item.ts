import type { ProgressReportedV1 } from '@renkei/contracts';
import { WorkProgressError } from './field-error';
import type { WorkProgressCommand, WorkProgressEvent } from './report-progress';

/** A purchase order line's work, as far as progress reports tell. */
export type WorkItem =
  | { readonly status: 'Unreported' }
  | { readonly status: 'Reported'; readonly latest: ProgressReportedV1; readonly reports: number };

export const initialWorkItem: WorkItem = { status: 'Unreported' };

/** Clocks on a phone or a shop PC drift; a report a little ahead of ours is not a lie. */
const CLOCK_SKEW_TOLERANCE_MS = 5 * 60 * 1000;

export function decide(command: WorkProgressCommand, state: WorkItem): WorkProgressEvent[] {
  switch (command.type) {
    case 'ReportProgress': {
      const { data, metadata } = command;
      // Until purchase orders name the supplier (step 2), the first workshop to report on a line owns it.
      if (state.status === 'Reported' && state.latest.reportedBy !== metadata.companyId) {
        throw new WorkProgressError('WORK.BELONGS_TO_ANOTHER_WORKSHOP', `work item ${data.poId}/${data.lineNo} is reported by another workshop`);
      }
      if (data.occurredAt.getTime() > metadata.now.getTime() + CLOCK_SKEW_TOLERANCE_MS) {
        throw new WorkProgressError('WORK.OCCURRED_IN_THE_FUTURE', `occurredAt ${data.occurredAt.toISOString()} is later than now (${metadata.now.toISOString()})`, [
          { field: 'occurredAt', rule: 'must not be in the future', allowed: `at most ${metadata.now.toISOString()} plus 5 minutes of clock skew` },
        ]);
      }
      return [
        {
          type: 'ProgressReported',
          data: { ...data, occurredAt: data.occurredAt.toISOString(), reportedBy: metadata.companyId },
        },
      ];
    }
    default:
      return assertNever(command.type);
  }
}

/** A report that happened before the one we hold is history, not news: it never overwrites newer state. */
export function evolve(state: WorkItem, event: WorkProgressEvent): WorkItem {
  switch (event.type) {
    case 'ProgressReported': {
      if (state.status === 'Unreported') return { status: 'Reported', latest: event.data, reports: 1 };
      const newer = Date.parse(event.data.occurredAt) >= Date.parse(state.latest.occurredAt);
      return { status: 'Reported', latest: newer ? event.data : state.latest, reports: state.reports + 1 };
    }
    default:
      return assertNever(event.type);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}
