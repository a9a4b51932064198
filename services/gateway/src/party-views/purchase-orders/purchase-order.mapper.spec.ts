import { toPurchaseOrderModel } from './purchase-order.mapper';
import type { VisiblePurchaseOrderDetail } from './purchase-order.query';

const order: VisiblePurchaseOrderDetail = {
  poId: 'PO-SUB',
  customerOrderId: 'CO-1',
  parentPoId: 'PO-1',
  parentLineNo: 1,
  buyerId: 'ws-okada',
  supplierId: 'ws-sato',
  tier: 2,
  status: 'Accepted',
  lines: [{ lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'BRACKET', quantity: 60, dueDate: '2026-12-10', shipped: 40, inTransit: 10, received: 28, rejected: 2 }],
  prices: [{ lineNo: 1, unitPrice: { amount: '310.00', currency: 'JPY' } }],
  changeState: { status: 'Accepted', proposedChanges: null, openChange: { changeId: 'CH-1', requestedBy: 'ws-okada', changes: [{ lineNo: 1, quantity: 50, dueDate: null }], reason: 'customer cut' } },
  issuedAt: '2026-11-20T09:00:00+00:00',
  updatedAt: '2026-11-26T09:00:00+00:00',
};

describe('purchase order as GraphQL objects', () => {
  it('a party sees each line with its unit price', () => {
    const model = toPurchaseOrderModel(order);
    expect(model).toMatchObject({ poId: 'PO-SUB', tier: 2, parent: { poId: 'PO-1', lineNo: 1 }, pricesShown: true, issuedAt: new Date('2026-11-20T09:00:00Z') });
    expect(model.lines).toEqual([
      { lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'BRACKET', quantity: 60, dueDate: '2026-12-10', shipped: 40, inTransit: 10, received: 28, rejected: 2, unitPrice: { amount: '310.00', currency: 'JPY' } },
    ]);
  });

  it('without prices from the query, no line has one', () => {
    const model = toPurchaseOrderModel({ ...order, prices: null, parentPoId: null, parentLineNo: null });
    expect(model.pricesShown).toBe(false);
    expect(model.parent).toBeNull();
    expect(model.lines.map((line) => line.unitPrice)).toEqual([null]);
    expect(JSON.stringify(model)).not.toContain('310');
  });

  it('a party sees the change waiting for an answer; without the change state from the query, nobody does', () => {
    expect(toPurchaseOrderModel(order).pendingChange).toEqual({
      kind: 'CHANGE_REQUEST',
      changeId: 'CH-1',
      requestedBy: 'ws-okada',
      awaiting: 'ws-sato',
      reason: 'customer cut',
      lines: [{ lineNo: 1, quantity: 50, dueDate: null }],
    });
    expect(toPurchaseOrderModel({ ...order, changeState: null }).pendingChange).toBeNull();
  });
});
