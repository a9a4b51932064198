import type { OrdersEvent } from '../orders-event';
import { customerOrderDecider } from './customer-order';
import { customerOrderVisibleTo, customerOrderVisibleToIntegrator, type CustomerOrderView } from './customer-order-visibility';

// Type-level: the view an integrator may be shown names no price anywhere.
type DeepKeys<T> = T extends readonly (infer Item)[] ? DeepKeys<Item> : T extends object ? { [K in keyof T]-?: K | DeepKeys<T[K]> }[keyof T] : never;
const viewNamesAPrice: [Extract<DeepKeys<CustomerOrderView>, 'unitPrice' | 'price' | 'amount' | 'currency'>] extends [never] ? false : true = false;

const line = { lineNo: 1, partNumber: 'GEARBOX-3', bomNodeId: 'root', quantity: 10, dueDate: '2026-12-20' };
const order = { orderId: 'CO-1', customerName: 'Tokai Robotics', customerRef: 'TR-88812', bomProductId: 'GEARBOX-3', bomRevision: 2, lines: [line] };
const placed: OrdersEvent = { type: 'CustomerOrderPlaced', data: { ...order, ownerId: 'kanto-lead', placedAt: '2026-11-19T09:00:00.000Z' } };
const closed: OrdersEvent = { type: 'CustomerOrderClosed', data: { orderId: 'CO-1', closedBy: 'kanto-lead', closedAt: '2026-11-20T09:00:00.000Z' } };
const stateAfter = (events: OrdersEvent[]) => events.reduce(customerOrderDecider.evolve, customerOrderDecider.initialState);

describe('customerOrderVisibleTo', () => {
  it('shows the owner its order and whether it is closed', () => {
    expect(customerOrderVisibleTo(stateAfter([placed]), 'kanto-lead')).toEqual({ ...order, ownerId: 'kanto-lead', placedAt: '2026-11-19T09:00:00.000Z', status: 'Open', closedAt: null });
    expect(customerOrderVisibleTo(stateAfter([placed, closed]), 'kanto-lead')).toMatchObject({ status: 'Closed', closedAt: '2026-11-20T09:00:00.000Z' });
  });

  it('shows nothing to anyone else, nor of an order never placed', () => {
    expect(customerOrderVisibleTo(stateAfter([placed]), 'okada-seiki')).toBeNull();
    expect(customerOrderVisibleTo(stateAfter([]), 'kanto-lead')).toBeNull();
  });
});

describe('customerOrderVisibleToIntegrator', () => {
  it('shows the owner’s view, which names no price, when the owner is among the grantors', () => {
    expect(viewNamesAPrice).toBe(false);
    expect(customerOrderVisibleToIntegrator(stateAfter([placed]), ['okada-seiki', 'kanto-lead'])).toEqual(customerOrderVisibleTo(stateAfter([placed]), 'kanto-lead'));
  });

  it('shows nothing through grantors that do not own the order', () => {
    expect(customerOrderVisibleToIntegrator(stateAfter([placed]), ['okada-seiki'])).toBeNull();
    expect(customerOrderVisibleToIntegrator(stateAfter([placed]), [])).toBeNull();
  });
});
