import { withNextPage, withOrder, type BoardOrder, type BoardPage } from './customer-orders';

const order = (orderId: string, status = 'open'): BoardOrder => ({
  orderId,
  customerName: null,
  customerRef: null,
  status,
  percentComplete: 0,
  eta: null,
  dueDate: '2026-12-20',
  late: false,
  blocked: false,
  placedAt: '2026-11-20T00:00:00.000Z',
});

describe('board rows kept current by orderChanged', () => {
  const page: BoardPage = { orders: [order('CO-2'), order('CO-1')], hasMore: false, endCursor: 'c2' };

  it('replaces the changed order in place, keeping the newest-first order of rows', () => {
    const next = withOrder(page, order('CO-1', 'closed'));
    expect(next.orders.map(({ orderId, status }) => [orderId, status])).toEqual([
      ['CO-2', 'open'],
      ['CO-1', 'closed'],
    ]);
  });

  it('leaves the page as it is for an order it does not show', () => {
    expect(withOrder(page, order('CO-9'))).toBe(page);
  });
});

describe('older orders loaded page by page', () => {
  it('adds the next page below, once per order, and takes its paging', () => {
    const first: BoardPage = { orders: [order('CO-3'), order('CO-2')], hasMore: true, endCursor: 'c2' };
    const next = withNextPage(first, { orders: [order('CO-2'), order('CO-1')], hasMore: false, endCursor: 'c1' });
    expect(next.orders.map((row) => row.orderId)).toEqual(['CO-3', 'CO-2', 'CO-1']);
    expect([next.hasMore, next.endCursor]).toEqual([false, 'c1']);
  });
});
