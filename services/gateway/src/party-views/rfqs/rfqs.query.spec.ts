import { encodeListCursor } from '../../paging/list-cursor';
import { decodeRfqCursor, encodeRfqCursor } from './rfqs.query';

describe('rfqs cursors', () => {
  it('hold when the RFQ was issued and its id', () => {
    const key = { issuedAt: '2026-11-20T10:00:00.5+00:00', rfqId: 'RFQ-1' };
    expect(decodeRfqCursor(encodeRfqCursor(key))).toEqual(key);
  });

  it('refuse a purchase order list’s cursor, though its key has the same shape', () => {
    expect(decodeRfqCursor(encodeListCursor('purchaseOrders', ['2026-11-20T10:00:00Z', 'RFQ-1']))).toBeNull();
    expect(decodeRfqCursor(encodeListCursor('rfqs', ['2026-11-20T10:00:00Z']))).toBeNull();
  });
});
