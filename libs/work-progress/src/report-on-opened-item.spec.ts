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

  it('refuses the buyer as the buyer: it knows the item, it does not report on it', () => {
    spec.given([opened()]).when(report(LEAD)).thenThrows('WORK.NOT_THE_SUPPLIER');
  });

  it('answers any other company, even the next workshop of the routing, as if the item did not exist', () => {
    spec.given([opened()]).when(report(MORI, { operation: 30 })).thenThrows('WORK.NOT_OPEN');
    spec.given([opened()]).when(report(SATO)).thenThrows('WORK.NOT_OPEN');
    spec.given([opened()]).when(report(SATO)).thenThrowsAsIfGiven([]);
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

describe('work item: no report without an opened item', () => {
  it('refuses a report on a line whose work was never opened, and tells how it opens', () => {
    spec.given([]).when(report(OKADA)).thenThrows('WORK.NOT_OPEN');
    expect(() => stateOnceDecided([], report(OKADA))).toThrow('a work item opens when its supplier accepts the purchase order line');
  });

  it('takes no new report on a line reported on before work items were opened (history kept, never extended)', () => {
    spec.given([reported()]).when(report(OKADA)).thenThrows('WORK.NOT_OPEN');
  });
});
