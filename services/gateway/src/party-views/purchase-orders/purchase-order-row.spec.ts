import type { EventEnvelope } from '@renkei/contracts';
import { evolvePurchaseOrderRow, type PurchaseOrderRow } from '../../read-models/purchase-orders/purchase-order-row';
import { purchaseOrderIssued, purchaseOrderStream } from '../party-view-events.fixtures';

const fold = (events: EventEnvelope[]) => events.reduce<PurchaseOrderRow | null>(evolvePurchaseOrderRow, null);

describe('purchase order rows behind purchaseOrder', () => {
  const issued = purchaseOrderIssued({ orderId: 'PO-SUB', buyerId: 'ws-okada', supplierId: 'ws-sato', tier: 2, parent: { orderId: 'PO-1', lineNo: 1 } });

  it('an issued tier-2 order shows its parties, tier, parent line, and keeps the prices in their own column', () => {
    const row = fold([purchaseOrderStream(issued).issued()]);
    expect(row).toMatchObject({ poId: 'PO-SUB', buyerId: 'ws-okada', supplierId: 'ws-sato', tier: 2, parentPoId: 'PO-1', parentLineNo: 1, status: 'Issued' });
    expect(row?.lines).toEqual([{ lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'BRACKET', quantity: 60, dueDate: '2026-12-10', shipped: 0, inTransit: 0, received: 0, rejected: 0 }]);
    expect(JSON.stringify(row?.lines)).not.toContain('1190.40');
    expect(row?.prices).toEqual([{ lineNo: 1, unitPrice: { amount: '1190.40', currency: 'JPY' } }]);
  });

  it('follows acceptance, shipments and receipts, rejected pieces included', () => {
    const order = purchaseOrderStream(issued);
    const row = fold([order.issued(), order.accepted(), order.shipped('SH-1', 1, 30), order.received('SH-1', 1, 28, 2), order.shipped('SH-2', 1, 10)]);
    expect(row).toMatchObject({ status: 'Accepted', lastRevision: 4 });
    expect(row?.lines[0]).toMatchObject({ shipped: 40, received: 28, rejected: 2, inTransit: 10 });
  });

  it('ignores a revision already applied', () => {
    const order = purchaseOrderStream(issued);
    const first = order.issued();
    const accepted = order.accepted();
    const once = fold([first, accepted]);
    expect(evolvePurchaseOrderRow(once, accepted)).toBe(once);
  });
});
