import type { EventEnvelope, PurchaseOrderIssuedV1 } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';
import {
  customerOrderDecider,
  evolveCustomerOrder,
  evolvePurchaseOrder,
  initialCustomerOrder,
  initialPurchaseOrder,
  orderStreamId,
  type CloseCustomerOrder,
  type CustomerOrder,
  type OrdersEvent,
  type PurchaseOrder,
} from '@renkei/orders';
import { foldStream } from './fold-stream';
import type { ProcessManager } from './process-manager';
import { sendCommand } from './send-command';
import type { TierOneOrderIndex } from './tier-one-order-index';

const NAME = 'close-customer-orders';

/** Orders nothing more will arrive on. A rejection is final (it cannot even be cancelled), so it ends an order like a cancellation. */
const ENDED_UNRECEIVED: ReadonlySet<PurchaseOrder['status']> = new Set(['Cancelled', 'Rejected']);

/**
 * A customer order is done when each of its tier-1 purchase orders is closed (received in full) or
 * ended without goods (cancelled or rejected), and one at least was received.
 */
export function everyTierOneOrderDone(statuses: readonly PurchaseOrder['status'][]): boolean {
  return statuses.every((status) => status === 'Closed' || ENDED_UNRECEIVED.has(status)) && statuses.includes('Closed');
}

/** Closed by hand, or by an earlier delivery racing this one: nothing left to do, rather than ORDERS.ALREADY_CLOSED. */
const closingDecider = {
  ...customerOrderDecider,
  decide: (command: CloseCustomerOrder, state: CustomerOrder) => (state.status === 'Closed' ? [] : customerOrderDecider.decide(command, state)),
};

/**
 * When the last tier-1 purchase order of a customer order is closed (or cancelled or rejected, the
 * others being done), the owning lead's customer order is closed. Purchase orders do not list their siblings,
 * so the manager keeps its own index of tier-1 orders by customer order; their states come from
 * their own streams. The index knows the orders issued before the closing event in the bus's order:
 * exact with the in-process bus (one global order); with Kafka, an order issued just before another
 * closes may arrive on its partition after that closing, and is then not waited for.
 */
export function closeCustomerOrders<ReadSide>(index: TierOneOrderIndex<ReadSide>): ProcessManager<ReadSide> {
  return {
    name: NAME,
    handles: ['PurchaseOrderIssued', 'PurchaseOrderClosed', 'OrderCancelled', 'OrderRejected'],
    async react(event: EventEnvelope, store: EventStore, readSide: ReadSide): Promise<void> {
      if (event.type === 'PurchaseOrderIssued') {
        const issued = event.data as unknown as PurchaseOrderIssuedV1;
        if (issued.parent === null) await index.remember(readSide, issued.customerOrderId, issued.orderId);
        return;
      }
      const order = await foldStream<PurchaseOrder, OrdersEvent>(store, event.streamId, evolvePurchaseOrder, initialPurchaseOrder);
      if (order.status === 'None' || order.status === 'OtherKind' || order.parent !== null) return;
      const orderIds = new Set([order.orderId, ...(await index.ordersOf(readSide, order.customerOrderId))]);
      const statuses = await Promise.all(
        [...orderIds].map(async (orderId) => (await foldStream<PurchaseOrder, OrdersEvent>(store, orderStreamId(orderId), evolvePurchaseOrder, initialPurchaseOrder)).status),
      );
      if (!everyTierOneOrderDone(statuses)) return;
      const customerOrder = await foldStream<CustomerOrder, OrdersEvent>(store, orderStreamId(order.customerOrderId), evolveCustomerOrder, initialCustomerOrder);
      if (customerOrder.status !== 'Open') return;
      const ownerId = customerOrder.order.ownerId;
      const command: CloseCustomerOrder = {
        type: 'CloseCustomerOrder',
        data: { orderId: customerOrder.order.orderId },
        metadata: { actor: { companyId: ownerId, role: 'lead' }, now: event.recordedAt },
      };
      await sendCommand(store, orderStreamId(customerOrder.order.orderId), closingDecider, command, { manager: NAME, trigger: event, companyId: ownerId });
    },
  };
}
