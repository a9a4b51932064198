import { deciderSpecification } from '@renkei/testing';
import { workItemDecider } from './work-item';
import { LEAD, MORI, NOW, OKADA, SATO, opened, report, reported, stateOnceDecided } from './work-item.fixtures';

const spec = deciderSpecification(workItemDecider);

describe('work item: who reports on an opened item, and on what', () => {
  it('records the supplier’s report on one of its own operations, with every new field', () => {
    spec
      .given([opened()])
      .when(report(OKADA, { operation: 10, percent: 40, qtyGood: 40, qtyScrap: 1, eta: '2026-11-28', note: 'op 10 running' }))
      .then([reported({ operation: 10, percent: 40, qtyGood: 40, qtyScrap: 1, eta: '2026-11-28', note: 'op 10 running' })]);
  });

  it('records a milestone report', () => {
    spec.given([opened()]).when(report(OKADA, { milestone: 'material-received' })).then([reported({ milestone: 'material-received' })]);
  });

  it('refuses any other company, even the next workshop of the routing or the buyer', () => {
    spec.given([opened()]).when(report(MORI, { operation: 30 })).thenThrows('WORK.NOT_THE_SUPPLIER');
    spec.given([opened()]).when(report(SATO)).thenThrows('WORK.NOT_THE_SUPPLIER');
    spec.given([opened()]).when(report(LEAD)).thenThrows('WORK.NOT_THE_SUPPLIER');
  });

  it('refuses an operation that is another workshop’s, or not in the routing, listing the supplier’s own', () => {
    spec.given([opened()]).when(report(OKADA, { operation: 30 })).thenThrows('WORK.UNKNOWN_OPERATION');
    spec.given([opened()]).when(report(OKADA, { operation: 50 })).thenThrows('WORK.UNKNOWN_OPERATION');
    expect(() => stateOnceDecided([opened()], report(OKADA, { operation: 30 }))).toThrow(
      expect.objectContaining({ fieldErrors: [{ field: 'operation', rule: "must be one of this work item's own operations", allowed: '10, 20, 40' }] }),
    );
  });

  it('refuses a delayed report without a reason code on an opened item', () => {
    spec.given([opened()]).when(report(OKADA, { status: 'delayed', eta: '2026-12-05' })).thenThrows('WORK.INVALID_INPUT');
    expect(() => stateOnceDecided([opened()], report(OKADA, { status: 'delayed' }))).toThrow(
      expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'delayReasonCode', rule: 'is required when status is delayed' })] }),
    );
  });

  it('refuses a report about an operation and a milestone at once (built without the parser)', () => {
    spec.given([opened()]).when(report(OKADA, { operation: 10, milestone: 'started' })).thenThrows('WORK.INVALID_INPUT');
  });

  it('still refuses a report dated in the future', () => {
    spec.given([opened()]).when(report(OKADA, { occurredAt: new Date(NOW.getTime() + 6 * 60 * 1000) })).thenThrows('WORK.OCCURRED_IN_THE_FUTURE');
  });
});

describe('work item: transitional items, never opened', () => {
  // TRANSITIONAL until the orders process manager opens every work item.
  it('keeps "the first reporter owns the line"', () => {
    spec.given([reported()]).when(report(MORI)).thenThrows('WORK.BELONGS_TO_ANOTHER_WORKSHOP');
    spec.given([reported()]).when(report(OKADA, { operation: 70 })).then([reported({ operation: 70 })]);
  });

  it('accepts a delayed report without a reason, as clients from before reason codes send it', () => {
    spec.given([]).when(report(OKADA, { status: 'delayed', eta: '2026-12-01', note: 'material late' })).then([
      reported({ status: 'delayed', eta: '2026-12-01', note: 'material late' }),
      { type: 'DelayReported', data: { poId: 'PO-1', lineNo: 1, opNo: null, reasonCode: null, newEta: '2026-12-01', note: 'material late', occurredAt: NOW.toISOString(), reportedBy: OKADA } },
    ]);
  });
});
