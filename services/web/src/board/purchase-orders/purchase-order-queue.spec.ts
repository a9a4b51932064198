import { lineChangesOf, queuesOf, waitingOn, type QueuedPurchaseOrder } from './purchase-order-queue';

const LEAD = 'lead-1';
const po = (poId: string, status: string, extra: Partial<QueuedPurchaseOrder> = {}): QueuedPurchaseOrder => ({
  poId,
  buyerId: LEAD,
  status,
  issuedAt: `2026-11-${poId.slice(-2)}T00:00:00.000Z`,
  lines: [{ lineNo: 1, partNumber: 'PN-1', quantity: 10, dueDate: '2026-12-10' }],
  pendingChange: null,
  ...extra,
});
type ChangeLine = { lineNo: number; quantity: number | null; dueDate: string | null };
const change = (requestedBy: string, lines: ChangeLine[] = [{ lineNo: 1, quantity: 8, dueDate: '2026-12-10' }]) => ({ kind: 'CHANGE_REQUEST', changeId: 'CH-1', requestedBy, reason: 'capacity', lines });

describe('purchase orders by what they wait for', () => {
  it('tells a proposal, an unacknowledged order and change requests from each side apart', () => {
    expect(waitingOn(po('PO-01', 'AwaitingBuyer'))).toBe('proposal');
    expect(waitingOn(po('PO-02', 'Issued'))).toBe('acknowledgement');
    expect(waitingOn(po('PO-03', 'Accepted', { pendingChange: change(LEAD) }))).toBe('own-request');
    expect(waitingOn(po('PO-04', 'Accepted', { pendingChange: change('ws-a') }))).toBe('supplier-request');
    expect(waitingOn(po('PO-05', 'Accepted'))).toBeNull();
    expect(waitingOn(po('PO-06', 'Closed'))).toBeNull();
  });

  it('queues what the lead must answer apart from what it waits for, oldest first', () => {
    const queues = queuesOf([po('PO-09', 'AwaitingBuyer'), po('PO-02', 'Issued'), po('PO-04', 'Accepted', { pendingChange: change('ws-a') }), po('PO-03', 'Accepted', { pendingChange: change(LEAD) }), po('PO-01', 'Issued')]);
    expect(queues.toAnswer.map((order) => order.poId)).toEqual(['PO-04', 'PO-09']);
    expect(queues.unacknowledged.map((order) => order.poId)).toEqual(['PO-01', 'PO-02']);
    expect(queues.ownRequests.map((order) => order.poId)).toEqual(['PO-03']);
  });

  it('puts each changed line next to what the order says now, leaving unchanged values out', () => {
    const order = po('PO-07', 'AwaitingBuyer', {
      lines: [
        { lineNo: 1, partNumber: 'PN-1', quantity: 10, dueDate: '2026-12-10' },
        { lineNo: 2, partNumber: 'PN-2', quantity: 4, dueDate: '2026-12-12' },
      ],
      pendingChange: change('ws-a', [
        { lineNo: 1, quantity: 8, dueDate: '2026-12-10' },
        { lineNo: 2, quantity: null, dueDate: '2026-12-20' },
      ]),
    });
    expect(lineChangesOf(order)).toEqual([
      { lineNo: 1, partNumber: 'PN-1', quantity: { from: 10, to: 8 }, dueDate: { from: '2026-12-10', to: null } },
      { lineNo: 2, partNumber: 'PN-2', quantity: { from: 4, to: null }, dueDate: { from: '2026-12-12', to: '2026-12-20' } },
    ]);
  });
});
