import { parseRoute, routeHref, sectionHref, sectionOf, type BoardRoute } from './routes';

describe('board routes in the URL fragment', () => {
  it('reads each view, and an order’s past moment', () => {
    expect(parseRoute('#/orders')).toEqual({ view: 'orders' });
    expect(parseRoute('#/orders/CO-1')).toEqual({ view: 'order', orderId: 'CO-1', asOf: null });
    expect(parseRoute('#/orders/CO-1?asOf=2026-11-20T01%3A00%3A00.000Z')).toEqual({ view: 'order', orderId: 'CO-1', asOf: '2026-11-20T01:00:00.000Z' });
    expect(parseRoute('#/rfqs')).toEqual({ view: 'rfqs' });
    expect(parseRoute('#/rfqs/R1')).toEqual({ view: 'rfq', rfqId: 'R1' });
    expect(parseRoute('#/purchase-orders')).toEqual({ view: 'purchase-orders' });
  });

  it('lands on the orders list for an empty, unknown or malformed fragment', () => {
    for (const hash of ['', '#', '#/', '#/nothing', '#/orders/CO-1/extra', '#/purchase-orders/PO-1', '#/orders/%E0%A4%A']) {
      expect([hash, parseRoute(hash)]).toEqual([hash, { view: 'orders' }]);
    }
  });

  it('ignores an as-of moment that is not a date', () => {
    expect(parseRoute('#/orders/CO-1?asOf=yesterday')).toEqual({ view: 'order', orderId: 'CO-1', asOf: null });
  });

  it('writes links that read back as the same view, ids with any character included', () => {
    const routes: BoardRoute[] = [
      { view: 'orders' },
      { view: 'order', orderId: 'CO/2026 #1', asOf: null },
      { view: 'order', orderId: '受注-1', asOf: '2026-11-20T01:00:00.000Z' },
      { view: 'rfqs' },
      { view: 'rfq', rfqId: 'R?1' },
      { view: 'purchase-orders' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('marks the navigation entry a view belongs to', () => {
    expect(sectionOf({ view: 'order', orderId: 'CO-1', asOf: null })).toBe('orders');
    expect(sectionOf({ view: 'rfq', rfqId: 'R1' })).toBe('rfqs');
    expect(sectionOf({ view: 'purchase-orders' })).toBe('purchase-orders');
    expect(sectionHref('purchase-orders')).toBe('#/purchase-orders');
  });
});
