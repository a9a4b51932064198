import { deciderSpecification } from '@renkei/testing';
import { workItemDecider } from './work-item';
import { AT, MORI, OKADA, opened, report, reported } from './work-item.fixtures';

const spec = deciderSpecification(workItemDecider);

const key = { poId: 'PO-1', lineNo: 1 };
const by = { occurredAt: AT, reportedBy: OKADA };
const done = (operation: number, extra: Parameters<typeof report>[1] = {}) => report(OKADA, { status: 'completed', operation, qtyGood: 98, qtyScrap: 2, ...extra });
const workCompleted = { type: 'WorkCompleted', data: { ...key, qtyGood: 98, qtyScrap: 2, ...by } } as const;

describe('work item: facts derived from a report', () => {
  it('an operation reported completed records OperationCompleted; no handoff while the next operation is the supplier’s own', () => {
    spec.given([opened()]).when(done(10)).then([
      reported({ status: 'completed', operation: 10, qtyGood: 98, qtyScrap: 2 }),
      { type: 'OperationCompleted', data: { ...key, opNo: 10, qtyGood: 98, qtyScrap: 2, ...by } },
    ]);
  });

  it('tells the next workshop parts are coming when the next operation is elsewhere, expected now', () => {
    spec.given([opened()]).when(done(20)).then([
      reported({ status: 'completed', operation: 20, qtyGood: 98, qtyScrap: 2 }),
      { type: 'OperationCompleted', data: { ...key, opNo: 20, qtyGood: 98, qtyScrap: 2, ...by } },
      { type: 'HandoffReady', data: { ...key, partNumber: 'BRK-100', opNo: 20, nextOpNo: 30, nextWorkshopId: MORI, qty: 98, expectedAt: AT, ...by } },
    ]);
  });

  it('expects the parts on the ETA when the report gives one', () => {
    spec.given([opened()]).when(done(20, { eta: '2026-11-23' })).then([
      reported({ status: 'completed', operation: 20, qtyGood: 98, qtyScrap: 2, eta: '2026-11-23' }),
      { type: 'OperationCompleted', data: { ...key, opNo: 20, qtyGood: 98, qtyScrap: 2, ...by } },
      { type: 'HandoffReady', data: { ...key, partNumber: 'BRK-100', opNo: 20, nextOpNo: 30, nextWorkshopId: MORI, qty: 98, expectedAt: '2026-11-23', ...by } },
    ]);
  });

  it('completes the work when the supplier’s last own operation completes', () => {
    spec.given([opened()]).when(done(40)).then([
      reported({ status: 'completed', operation: 40, qtyGood: 98, qtyScrap: 2 }),
      { type: 'OperationCompleted', data: { ...key, opNo: 40, qtyGood: 98, qtyScrap: 2, ...by } },
      workCompleted,
    ]);
  });

  it('completes the work on the milestone "finished"', () => {
    const finished = report(OKADA, { status: 'completed', milestone: 'finished', qtyGood: 98, qtyScrap: 2 });
    const recorded = reported({ status: 'completed', milestone: 'finished', qtyGood: 98, qtyScrap: 2 });
    spec.given([opened()]).when(finished).then([recorded, workCompleted]);
  });

  it('records WorkCompleted once: a later completion is a correction, kept as a report', () => {
    spec.given([opened(), reported({ status: 'completed', milestone: 'finished' }), workCompleted]).when(done(40)).then([
      reported({ status: 'completed', operation: 40, qtyGood: 98, qtyScrap: 2 }),
      { type: 'OperationCompleted', data: { ...key, opNo: 40, qtyGood: 98, qtyScrap: 2, ...by } },
    ]);
  });

  it('a plain "completed" or another milestone derives nothing, nor does work in progress', () => {
    spec.given([opened()]).when(report(OKADA, { status: 'completed' })).then([reported({ status: 'completed' })]);
    spec.given([opened()]).when(report(OKADA, { status: 'completed', milestone: 'first-article-ok' })).then([reported({ status: 'completed', milestone: 'first-article-ok' })]);
    spec.given([opened()]).when(report(OKADA, { operation: 10, percent: 50 })).then([reported({ operation: 10, percent: 50 })]);
  });

  it('a delayed report records DelayReported with the reason, the new ETA and the operation', () => {
    spec.given([opened()]).when(report(OKADA, { status: 'delayed', operation: 20, delayReasonCode: 'machine', eta: '2026-12-03', note: 'spindle repair' })).then([
      reported({ status: 'delayed', operation: 20, delayReasonCode: 'machine', eta: '2026-12-03', note: 'spindle repair' }),
      { type: 'DelayReported', data: { ...key, opNo: 20, reasonCode: 'machine', newEta: '2026-12-03', note: 'spindle repair', ...by } },
    ]);
  });

  it('a blocked report records WorkBlocked, with a reason code if given', () => {
    spec.given([opened()]).when(report(OKADA, { status: 'blocked', delayReasonCode: 'quality', note: 'drawing unclear' })).then([
      reported({ status: 'blocked', delayReasonCode: 'quality', note: 'drawing unclear' }),
      { type: 'WorkBlocked', data: { ...key, opNo: null, reasonCode: 'quality', note: 'drawing unclear', ...by } },
    ]);
    spec.given([opened()]).when(report(OKADA, { status: 'blocked' })).then([
      reported({ status: 'blocked' }),
      { type: 'WorkBlocked', data: { ...key, opNo: null, reasonCode: null, note: null, ...by } },
    ]);
  });
});
