import type { EventEnvelope } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';
import { evolveCustomerOrder, initialCustomerOrder, orderStreamId, purchaseOrderDecider, type CustomerOrder, type OrdersEvent } from '@renkei/orders';
import { evolve as evolveRfq, initialRfq, type QuotesEvent, type Rfq } from '@renkei/quotes';
import { foldStream } from './fold-stream';
import type { ProcessManager } from './process-manager';
import { purchaseOrdersForAward } from './purchase-orders-for-award';
import { sendCommand } from './send-command';

/**
 * An award of an RFQ issued for a customer order places the purchase orders: one per awarded
 * workshop, issued by the RFQ's lead (see `purchaseOrdersForAward`). It keeps no index: the RFQ
 * stream holds the award and the lines, and names the customer order.
 *
 * An RFQ outside a customer order awards prices only. So does one naming a customer order that
 * its lead does not own (or that does not exist): the lead could not issue those orders by hand
 * either (ORDERS.UNKNOWN_CUSTOMER_ORDER), and a lead's typo must not stop every later award.
 */
export const awardPurchaseOrders: ProcessManager = {
  name: 'award-purchase-orders',
  handles: ['RfqAwarded'],
  async react(event: EventEnvelope, store: EventStore): Promise<void> {
    const rfq = await foldStream<Rfq, QuotesEvent>(store, event.streamId, evolveRfq, initialRfq);
    if (rfq.status !== 'Awarded' || rfq.rfq.customerOrderId === null) return;
    const customerOrder = await foldStream<CustomerOrder, OrdersEvent>(store, orderStreamId(rfq.rfq.customerOrderId), evolveCustomerOrder, initialCustomerOrder);
    const owned = (customerOrder.status === 'Open' || customerOrder.status === 'Closed') && customerOrder.order.ownerId === rfq.rfq.issuedBy;
    if (!owned) return;
    for (const command of purchaseOrdersForAward(rfq.rfq, rfq.award, event.recordedAt)) {
      // An order id already naming another order fails loudly here (ORDERS.ALREADY_ISSUED): ids are never reused.
      await sendCommand(store, orderStreamId(command.data.orderId), purchaseOrderDecider, command, {
        manager: awardPurchaseOrders.name,
        trigger: event,
        part: command.data.supplierId,
        companyId: rfq.rfq.issuedBy,
      });
    }
  },
};
