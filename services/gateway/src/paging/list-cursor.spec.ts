import { badCursorError, decodeListCursor, encodeListCursor, isDate, isTimestamp } from './list-cursor';

describe('list cursors', () => {
  it('give back the sort key they were made from, for their own list only', () => {
    const cursor = encodeListCursor('rfqs', ['2026-11-20T10:00:00.123456+00:00', 'RFQ-1']);
    expect(decodeListCursor('rfqs', cursor)).toEqual(['2026-11-20T10:00:00.123456+00:00', 'RFQ-1']);
    expect(decodeListCursor('purchaseOrders', cursor)).toBeNull();
  });

  it('keep nulls and numbers as they were', () => {
    expect(decodeListCursor('myWorkItems', encodeListCursor('myWorkItems', [null, 'PO-1', 2]))).toEqual([null, 'PO-1', 2]);
  });

  it.each(['', 'bm90IGEgY3Vyc29y', '%%%', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('"rfqs"').toString('base64url')])('read %p as no cursor of the list', (text) => {
    expect(decodeListCursor('rfqs', text)).toBeNull();
  });

  it('are refused with BAD_USER_INPUT naming the argument, its rule and what is allowed', () => {
    expect(badCursorError().extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after', rule: 'a cursor from pageInfo.endCursor', allowed: 'pageInfo.endCursor of the previous page' });
    expect(badCursorError().message).toBe('after must be an endCursor this API returned');
  });

  it('tell dates and date-times apart from other text', () => {
    expect([isDate('2026-12-10'), isDate('2026-13-45'), isDate('2026-12-10T00:00:00Z'), isDate(20261210)]).toEqual([true, false, false, false]);
    expect([isTimestamp('2026-11-20T10:00:00+00:00'), isTimestamp('yesterday'), isTimestamp(null)]).toEqual([true, false, false]);
  });
});
