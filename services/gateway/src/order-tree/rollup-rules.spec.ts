import type { VisibleWorkItem } from './order-tree-input';
import { nodeStatus, workItemPercent } from './rollup-rules';

const item = (change: Partial<VisibleWorkItem>): VisibleWorkItem => ({
  poId: 'PO-1', lineNo: 1, status: 'in_progress', qtyGood: 0, qtyScrap: 0, percent: null, eta: null, delayReason: null, note: null,
  occurredAt: '2026-11-02T00:00:00Z', updatedAt: '2026-11-02T00:00:00Z', reportedBy: 'ws-a', completedAt: null, buyerId: 'lead', supplierId: 'ws-a',
  customerOrderId: 'CO', bomNodeId: 'BRACKET', bomRevision: 1, partNumber: 'BRACKET', quantity: 20, dueDate: '2026-12-10',
  operations: [{ opNo: 10, process: 'milling', workshopId: 'ws-a' }, { opNo: 30, process: 'inspection', workshopId: 'ws-a' }],
  completedOperations: [], outdatedRevision: null, finished: false, lastRevision: 0, ...change,
});

describe('a work item’s share of the rollup', () => {
  it('"completed" on an operation with more of the supplier’s own to come is progress, not 100 %', () => {
    const afterMilling = item({ status: 'completed', qtyGood: 10, completedOperations: [{ opNo: 10, at: '2026-11-03T00:00:00Z' }] });
    expect(workItemPercent(afterMilling)).toBe(50);
    expect(nodeStatus([afterMilling], 1)).toBe('in_progress');
  });

  it('finished (its last own operation done, or the work completed) is 100 % and completes the node', () => {
    for (const done of [item({ status: 'completed', finished: true }), item({ status: 'in_progress', completedAt: '2026-11-04T00:00:00Z' })]) {
      expect(workItemPercent(done)).toBe(100);
      expect(nodeStatus([done], 1)).toBe('completed');
    }
  });

  it('otherwise the workshop’s own percent, or good pieces over ordered', () => {
    expect(workItemPercent(item({ percent: 40, qtyGood: 18 }))).toBe(40);
    expect(workItemPercent(item({ qtyGood: 5 }))).toBe(25);
  });
});
