import { deciderSpecification } from '@renkei/testing';
import { decide, evolve, initialWorkItem } from './work-item';
import { NOW, OKADA, opened, report, reported, stateAfter } from './work-item.fixtures';

const spec = deciderSpecification({ decide, evolve, initialState: initialWorkItem });

describe('work item: ReportProgress', () => {
  it('records the report with who sent it', () => {
    spec
      .given([opened()])
      .when(report(OKADA, { qtyGood: 40, qtyScrap: 1, eta: '2026-11-28' }))
      .then([reported({ qtyGood: 40, qtyScrap: 1, eta: '2026-11-28', occurredAt: NOW.toISOString(), reportedBy: OKADA })]);
  });

  it('refuses a report dated more than five minutes after now', () => {
    spec
      .given([opened()])
      .when(report(OKADA, { occurredAt: new Date(NOW.getTime() + 6 * 60 * 1000) }))
      .thenThrows('WORK.OCCURRED_IN_THE_FUTURE');
  });

  it('accepts further reports from the supplier', () => {
    spec.given([opened(), reported({ occurredAt: '2026-11-20T08:00:00Z' })]).when(report(OKADA, { status: 'completed' })).then([reported({ status: 'completed' })]);
  });

  it('keeps the newer state when a report that happened earlier arrives late', () => {
    const state = stateAfter([opened(), reported({ occurredAt: '2026-11-20T09:00:00Z', status: 'completed' }), reported({ occurredAt: '2026-11-20T08:00:00Z' })]);
    expect(state).toMatchObject({ status: 'Open', reports: 2, latest: { status: 'completed' } });
  });
});
