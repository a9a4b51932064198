import { deciderSpecification } from '@renkei/testing';
import type { OrdersEvent } from '../orders-event';
import { issued } from '../purchase-order/purchase-order.fixtures';
import { customerOrderDecider, type CustomerOrder } from './customer-order';
import type { CustomerOrderCommand, CustomerOrderPlaced, PlaceCustomerOrder } from './customer-order-messages';

const now = new Date('2026-11-20T10:00:00Z');
const lead = (companyId = 'kanto-lead', role: 'lead' | 'workshop' | 'integrator' | 'coordinator' = 'lead') => ({ actor: { companyId, role }, now });
const line = { lineNo: 1, partNumber: 'GEARBOX-3', bomNodeId: 'root', quantity: 10, dueDate: '2026-12-20' };
const placeData: PlaceCustomerOrder['data'] = {
  orderId: 'CO-1',
  customerName: 'Tokai Robotics',
  customerRef: 'TR-88812',
  bomProductId: 'GEARBOX-3',
  bomRevision: 2,
  lines: [line],
};
const place = (metadata = lead()): PlaceCustomerOrder => ({ type: 'PlaceCustomerOrder', data: placeData, metadata });
const close = (metadata = lead()): CustomerOrderCommand => ({ type: 'CloseCustomerOrder', data: { orderId: 'CO-1' }, metadata });
const placed: CustomerOrderPlaced = { type: 'CustomerOrderPlaced', data: { ...placeData, ownerId: 'kanto-lead', placedAt: '2026-11-19T09:00:00.000Z' } };
const closed: OrdersEvent = { type: 'CustomerOrderClosed', data: { orderId: 'CO-1', closedBy: 'kanto-lead', closedAt: '2026-11-20T09:00:00.000Z' } };

const spec = deciderSpecification<CustomerOrderCommand, OrdersEvent, CustomerOrder>(customerOrderDecider);

describe('customer order: PlaceCustomerOrder', () => {
  it('records the order with the placing lead as its owner', () => {
    spec.given([]).when(place()).then([{ type: 'CustomerOrderPlaced', data: { ...placeData, ownerId: 'kanto-lead', placedAt: now.toISOString() } }]);
  });

  it('refuses a workshop, an integrator or a coordinator', () => {
    spec.given([]).when(place(lead('okada-seiki', 'workshop'))).thenThrows('ORDERS.ROLE_NOT_ALLOWED');
    spec.given([]).when(place(lead('erp-vendor', 'integrator'))).thenThrows('ORDERS.ROLE_NOT_ALLOWED');
  });

  it('refuses to place the same order twice', () => {
    spec.given([placed]).when(place()).thenThrows('ORDERS.ALREADY_PLACED');
  });

  it('refuses an order id that already names a purchase order', () => {
    spec.given([issued({ orderId: 'CO-1' })]).when(place()).thenThrows('ORDERS.WRONG_ORDER_KIND');
  });

  it('refuses lines built without the parser that repeat a line number or order no pieces', () => {
    const malformed: PlaceCustomerOrder = { ...place(), data: { ...placeData, lines: [line, { ...line, quantity: 0 }] } };
    expect(() => customerOrderDecider.decide(malformed, customerOrderDecider.initialState)).toThrow(
      expect.objectContaining({
        code: 'ORDERS.INVALID_INPUT',
        fieldErrors: [expect.objectContaining({ field: 'lines[1].lineNo' }), expect.objectContaining({ field: 'lines[1].quantity' })],
      }),
    );
  });
});

describe('customer order: CloseCustomerOrder', () => {
  it('lets the owner close it', () => {
    spec.given([placed]).when(close()).then([{ type: 'CustomerOrderClosed', data: { orderId: 'CO-1', closedBy: 'kanto-lead', closedAt: now.toISOString() } }]);
  });

  it('answers another company exactly as if the order had never been placed, open or closed', () => {
    for (const history of [[placed], [placed, closed]]) {
      for (const other of [lead('chubu-lead'), lead('okada-seiki', 'workshop')]) {
        spec.given(history).when(close(other)).thenThrows('ORDERS.NOT_PLACED');
        spec.given(history).when(close(other)).thenThrowsAsIfGiven([]);
      }
    }
  });

  it('refuses an order that was never placed', () => {
    spec.given([]).when(close()).thenThrows('ORDERS.NOT_PLACED');
  });

  it('refuses to close twice', () => {
    spec.given([placed, closed]).when(close()).thenThrows('ORDERS.ALREADY_CLOSED');
  });

  it('refuses to close a purchase order as if it were a customer order', () => {
    spec.given([issued({ orderId: 'CO-1' })]).when(close()).thenThrows('ORDERS.WRONG_ORDER_KIND');
  });
});
