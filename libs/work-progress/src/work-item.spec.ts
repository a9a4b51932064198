import { deciderSpecification } from '@renkei/testing';
import { decide, evolve, initialWorkItem } from './work-item';
import type { ReportProgress } from './work-progress-commands';
import type { ProgressReported } from './work-progress-events';

const now = new Date('2026-11-20T10:00:00Z');
// ProgressReported is written as v2: what a v1-era report did not say is null.
const unsaid = { operation: null, milestone: null, percent: null, delayReasonCode: null };
const report = (overrides: Partial<ReportProgress['data']> = {}): ReportProgress => ({
  type: 'ReportProgress',
  data: { poId: 'PO-1', lineNo: 1, status: 'in_progress', qtyGood: 40, qtyScrap: 1, eta: '2026-11-28', note: null, occurredAt: now, ...overrides },
  metadata: { companyId: 'ws-okada', now },
});
const reported = (occurredAt: string, status: ProgressReported['data']['status'] = 'in_progress'): ProgressReported => ({
  type: 'ProgressReported',
  data: { poId: 'PO-1', lineNo: 1, status, qtyGood: 0, qtyScrap: 0, eta: null, note: null, occurredAt, reportedBy: 'ws-okada', ...unsaid },
});

const spec = deciderSpecification({ decide, evolve, initialState: initialWorkItem });

describe('work item: ReportProgress', () => {
  it('records the report with who sent it', () => {
    spec
      .given([])
      .when(report())
      .then([
        {
          type: 'ProgressReported',
          data: { poId: 'PO-1', lineNo: 1, status: 'in_progress', qtyGood: 40, qtyScrap: 1, eta: '2026-11-28', note: null, occurredAt: now.toISOString(), reportedBy: 'ws-okada', ...unsaid },
        },
      ]);
  });

  it('refuses a report dated more than five minutes after now', () => {
    spec
      .given([])
      .when(report({ occurredAt: new Date(now.getTime() + 6 * 60 * 1000) }))
      .thenThrows('WORK.OCCURRED_IN_THE_FUTURE');
  });

  it('refuses a report from a workshop other than the one that reports on this line', () => {
    spec
      .given([reported('2026-11-20T09:00:00Z')])
      .when({ ...report(), metadata: { companyId: 'ws-mori', now } })
      .thenThrows('WORK.BELONGS_TO_ANOTHER_WORKSHOP');
  });

  it('accepts further reports from the same workshop', () => {
    spec.given([reported('2026-11-20T08:00:00Z')]).when(report({ status: 'completed' })).then([
      {
        type: 'ProgressReported',
        data: { poId: 'PO-1', lineNo: 1, status: 'completed', qtyGood: 40, qtyScrap: 1, eta: '2026-11-28', note: null, occurredAt: now.toISOString(), reportedBy: 'ws-okada', ...unsaid },
      },
    ]);
  });

  it('keeps the newer state when a report that happened earlier arrives late', () => {
    const state = [reported('2026-11-20T09:00:00Z', 'completed'), reported('2026-11-20T08:00:00Z', 'in_progress')].reduce(evolve, initialWorkItem);
    expect(state).toMatchObject({ status: 'Reported', reports: 2, latest: { status: 'completed' } });
  });
});
