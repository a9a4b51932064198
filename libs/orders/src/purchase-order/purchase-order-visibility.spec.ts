import { accepted, changeRequested, issued, LEAD, shipped, stateAfter, STRANGER, SUB_SUPPLIER, SUPPLIER } from './purchase-order.fixtures';
import { purchaseOrderVisibleTo, purchaseOrderVisibleToIntegrator, type PriceFreePurchaseOrderView, type PurchaseOrderView } from './purchase-order-visibility';

// Type-level: no key anywhere in the integrator's view names a price (the parties' view does, as a control).
type DeepKeys<T> = T extends readonly (infer Item)[] ? DeepKeys<Item> : T extends object ? { [K in keyof T]-?: K | DeepKeys<T[K]> }[keyof T] : never;
type PricedKey = 'unitPrice' | 'price' | 'amount' | 'currency';
type NamesAPrice<T> = [Extract<DeepKeys<T>, PricedKey>] extends [never] ? false : true;
const integratorViewNamesAPrice: NamesAPrice<PriceFreePurchaseOrderView> = false;
const partiesViewNamesAPrice: NamesAPrice<PurchaseOrderView> = true;

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

describe('purchaseOrderVisibleToIntegrator', () => {
  const state = stateAfter([issued(), accepted(), changeRequested('CR-1', LEAD, [{ lineNo: 1, quantity: 80, dueDate: null }]), shipped('SH-1', [{ lineNo: 1, quantity: 30 }])]);

  it('names no price, in its type or in what it returns', () => {
    expect([integratorViewNamesAPrice, partiesViewNamesAPrice]).toEqual([false, true]);
    const text = JSON.stringify(purchaseOrderVisibleToIntegrator(state, [SUPPLIER]));
    for (const leak of ['unitPrice', '1250.50', 'JPY', 'amount', 'currency']) expect(text).not.toContain(leak);
  });

  it('shows the order as a granting party sees it, everything else included', () => {
    const { lines, ...rest } = purchaseOrderVisibleTo(state, SUPPLIER) as PurchaseOrderView;
    expect(purchaseOrderVisibleToIntegrator(state, [SUPPLIER])).toEqual({ ...rest, lines: lines.map(({ unitPrice: _price, ...line }) => line) });
    expect(purchaseOrderVisibleToIntegrator(state, [STRANGER, LEAD])).toMatchObject({ orderId: 'PO-1', openChange: { changeId: 'CR-1' }, shipments: [{ shipmentId: 'SH-1' }] });
  });

  it('shows nothing without a grantor that is a party to the order', () => {
    expect(purchaseOrderVisibleToIntegrator(state, [])).toBeNull();
    expect(purchaseOrderVisibleToIntegrator(state, [STRANGER, SUB_SUPPLIER])).toBeNull();
    expect(purchaseOrderVisibleToIntegrator(stateAfter([]), [LEAD])).toBeNull();
  });
});
