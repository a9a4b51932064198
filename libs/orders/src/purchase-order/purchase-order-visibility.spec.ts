import { accepted, changeRequested, issued, LEAD, stateAfter, STRANGER, SUB_SUPPLIER, SUPPLIER } from './purchase-order.fixtures';
import { purchaseOrderVisibleTo } from './purchase-order-visibility';

describe('purchaseOrderVisibleTo', () => {
  const state = stateAfter([issued(), accepted(), changeRequested('CR-1', LEAD, [{ lineNo: 1, quantity: 80, dueDate: null }])]);

  it('shows the buyer and the supplier the whole order, prices included', () => {
    for (const party of [LEAD, SUPPLIER]) {
      expect(purchaseOrderVisibleTo(state, party)).toMatchObject({
        orderId: 'PO-1',
        status: 'Accepted',
        lines: [{ lineNo: 1, unitPrice: { amount: '1250.50', currency: 'JPY' } }, { lineNo: 2, unitPrice: null }],
        openChange: { changeId: 'CR-1', requestedBy: LEAD },
      });
    }
  });

  it('shows nothing to a company outside the order', () => {
    expect(purchaseOrderVisibleTo(state, STRANGER)).toBeNull();
  });

  it("shows a sub-supplier's order to neither the lead above it nor anyone else but its two parties", () => {
    const subOrder = stateAfter([issued({ orderId: 'PO-1-A', parent: { orderId: 'PO-1', lineNo: 1 }, buyerId: SUPPLIER, supplierId: SUB_SUPPLIER, tier: 2 })]);
    expect(purchaseOrderVisibleTo(subOrder, LEAD)).toBeNull();
    expect(purchaseOrderVisibleTo(subOrder, SUB_SUPPLIER)?.lines[0]?.unitPrice).toEqual({ amount: '1250.50', currency: 'JPY' });
  });

  it('shows nothing of an order that does not exist', () => {
    expect(purchaseOrderVisibleTo(stateAfter([]), LEAD)).toBeNull();
  });
});
