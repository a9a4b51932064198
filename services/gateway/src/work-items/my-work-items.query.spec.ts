import { encodeListCursor } from '../paging/list-cursor';
import { decodeWorkItemCursor, encodeWorkItemCursor } from './my-work-items.query';

describe('myWorkItems cursors', () => {
  it('hold the due date (null for none), the purchase order and the line', () => {
    for (const key of [{ dueDate: '2026-12-01', poId: 'PO-1', lineNo: 2 }, { dueDate: null, poId: 'PO-9', lineNo: 1 }]) {
      expect(decodeWorkItemCursor(encodeWorkItemCursor(key))).toEqual(key);
    }
  });

  it.each([
    ['another list’s', encodeListCursor('rfqs', ['2026-11-20T10:00:00Z', 'RFQ-1'])],
    ['a bad due date', encodeListCursor('myWorkItems', ['soon', 'PO-1', 1])],
    ['a line that is no number', encodeListCursor('myWorkItems', ['2026-12-01', 'PO-1', '1'])],
    ['a short key', encodeListCursor('myWorkItems', ['2026-12-01', 'PO-1'])],
  ])('refuse %s', (_what, cursor) => {
    expect(decodeWorkItemCursor(cursor)).toBeNull();
  });
});
