import { toMyWorkItemModel } from './my-work-item.mapper';
import type { ListedWorkItem } from './my-work-items.query';

const item: ListedWorkItem = {
  poId: 'PO-1', lineNo: 2, status: 'completed', qtyGood: 40, qtyScrap: 1, percent: 50, eta: '2026-11-28', delayReason: null, note: 'op 10 done',
  occurredAt: '2026-11-21T08:00:00.000Z', updatedAt: '2026-11-21T08:00:01.000Z', reportedBy: 'ws-a', completedAt: null, buyerId: 'lead-1', supplierId: 'ws-a',
  customerOrderId: 'CO-1', bomNodeId: 'BRACKET', bomRevision: 1, partNumber: 'PN-BRACKET', quantity: 100, dueDate: '2026-12-01',
  operations: [{ opNo: 10, process: 'milling', workshopId: 'ws-a' }, { opNo: 20, process: 'plating', workshopId: 'ws-b' }, { opNo: 30, process: 'inspection', workshopId: 'ws-a' }],
  completedOperations: [{ opNo: 10, at: '2026-11-21T08:00:00.000Z' }], outdatedRevision: 2, finished: false, lastRevision: 4, description: 'milled bracket',
};

describe('toMyWorkItemModel', () => {
  it('shows the phone page’s fields, the workshop’s own operations with what is done, and its next one', () => {
    expect(toMyWorkItemModel(item, 'ws-a')).toEqual({
      poId: 'PO-1', lineNo: 2, partNumber: 'PN-BRACKET', description: 'milled bracket', quantity: 100, qtyGood: 40, qtyScrap: 1, percent: 50,
      dueDate: '2026-12-01', eta: '2026-11-28', status: 'completed', delayReason: null,
      operations: [
        { opNo: 10, process: 'milling', completedAt: new Date('2026-11-21T08:00:00.000Z') },
        { opNo: 30, process: 'inspection', completedAt: null },
      ],
      nextOperation: { opNo: 30, process: 'inspection', completedAt: null },
      outdatedRevision: 2, buyerId: 'lead-1', updatedAt: new Date('2026-11-21T08:00:01.000Z'),
    });
  });

  it('never hands out the other workshops’ operations, the note or the supplier’s internals', () => {
    const model = toMyWorkItemModel(item, 'ws-a');
    expect(JSON.stringify(model)).not.toMatch(/plating|ws-b|op 10 done|lastRevision/);
  });
});
