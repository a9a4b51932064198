import { parseOrderChangeNotice } from './order-change-notice';

describe('parseOrderChangeNotice', () => {
  it('reads the order and the trace context of the change', () => {
    expect(parseOrderChangeNotice('{"orderId":"CO-1","traceparent":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}')).toEqual({
      orderId: 'CO-1',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    expect(parseOrderChangeNotice('{"orderId":"CO-1","traceparent":null}')).toEqual({ orderId: 'CO-1', traceparent: undefined });
  });

  it('still reads a bare order id, as an older gateway sends it during a rolling update', () => {
    expect(parseOrderChangeNotice('CO-1')).toEqual({ orderId: 'CO-1', traceparent: undefined });
  });

  it('is no notice when empty, not JSON, or without an order id', () => {
    for (const payload of [undefined, '', '{not json', '{"traceparent":"00-x"}', '{"orderId":""}']) expect(parseOrderChangeNotice(payload)).toBeUndefined();
  });
});
