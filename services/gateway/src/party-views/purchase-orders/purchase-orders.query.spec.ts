import { encodeListCursor } from '../../paging/list-cursor';
import { decodePurchaseOrderCursor, encodePurchaseOrderCursor } from './purchase-orders.query';

describe('purchaseOrders cursors', () => {
  it('hold when the order was issued, to the microsecond as stored, and its id', () => {
    const key = { issuedAt: '2026-11-20T10:00:00.123456+00:00', poId: 'PO-1' };
    expect(decodePurchaseOrderCursor(encodePurchaseOrderCursor(key))).toEqual(key);
  });

  it('refuse another list’s cursor and a key that is not a date-time and an id', () => {
    expect(decodePurchaseOrderCursor(encodeListCursor('rfqs', ['2026-11-20T10:00:00Z', 'PO-1']))).toBeNull();
    expect(decodePurchaseOrderCursor(encodeListCursor('purchaseOrders', ['not a time', 'PO-1']))).toBeNull();
    expect(decodePurchaseOrderCursor(encodeListCursor('purchaseOrders', ['2026-11-20T10:00:00Z', 7]))).toBeNull();
  });
});
