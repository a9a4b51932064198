import type { EventEnvelope } from '@renkei/contracts';
import {
  customerOrderDecider,
  evolveCustomerOrder,
  initialCustomerOrder,
  orderStreamId,
  purchaseOrderDecider,
  type CustomerOrderCommand,
  type OrdersActor,
  type OrdersEvent,
  type PurchaseOrderCommand,
} from '@renkei/orders';
import { closeCustomerOrders } from '@renkei/process-managers';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { postgresTierOneOrderIndex } from './postgres-tier-one-order-index';
import { ManagerHarness } from './process-managers.fixtures';

const now = new Date('2026-11-20T09:00:00Z');
const lead: OrdersActor = { companyId: 'lead-1', role: 'lead' };
const workshop = (companyId: string): OrdersActor => ({ companyId, role: 'workshop' });
const manager = closeCustomerOrders(postgresTierOneOrderIndex);

/** All received → customer order closed, against a real event store and the manager's own index table. */
describe('process manager: every tier-1 purchase order done → customer order closed (real PostgreSQL)', () => {
  const schema = uniqueSchemaName('pm_close');
  let harness: ManagerHarness;

  const onCustomerOrder = (orderId: string, command: CustomerOrderCommand) => harness.command(orderStreamId(orderId), customerOrderDecider, command);
  const onOrder = (orderId: string, command: PurchaseOrderCommand) => harness.command(orderStreamId(orderId), purchaseOrderDecider, command);
  const place = (orderId: string) =>
    onCustomerOrder(orderId, {
      type: 'PlaceCustomerOrder',
      data: { orderId, customerName: 'Tokai Pumps', customerRef: 'TP-1', bomProductId: 'PUMP', bomRevision: 1, lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 10, dueDate: '2026-12-20' }] },
      metadata: { actor: lead, now },
    });
  /** Issued (tier 1 by the lead, or tier 2 below `parent` by its supplier) and accepted by the supplier. */
  const issueAndAccept = async (orderId: string, customerOrderId: string, supplierId: string, parent: { orderId: string; buyerId: string } | null = null) => {
    const buyer = parent === null ? lead : workshop(parent.buyerId);
    const issued = await onOrder(orderId, {
      type: 'IssuePurchaseOrder',
      data: {
        orderId,
        customerOrderId,
        parent: parent === null ? null : { orderId: parent.orderId, lineNo: 1 },
        supplierId,
        lines: [{ lineNo: 1, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 10, dueDate: '2026-12-10', unitPrice: null }],
      },
      metadata: {
        actor: buyer,
        now,
        lookups: { parentOrder: parent === null ? null : { orderId: parent.orderId, tier: 1, supplierId: parent.buyerId, customerOrderId, lineNos: [1] } },
      },
    });
    const accepted = await onOrder(orderId, { type: 'AcceptOrder', data: { orderId }, metadata: { actor: workshop(supplierId), now } });
    return [...issued, ...accepted];
  };
  /** Ships and receives every piece: ends with PurchaseOrderClosed. */
  const receiveAll = async (orderId: string, supplierId: string, buyer: OrdersActor = lead) => {
    const shipped = await onOrder(orderId, { type: 'NotifyShipment', data: { orderId, shipmentId: 'SH-1', lines: [{ lineNo: 1, quantity: 10 }], shippedAt: now }, metadata: { actor: workshop(supplierId), now } });
    const received = await onOrder(orderId, { type: 'ConfirmReceipt', data: { orderId, shipmentId: 'SH-1', lines: [{ lineNo: 1, receivedQuantity: 10, rejectedQuantity: 0 }] }, metadata: { actor: buyer, now } });
    return [...shipped, ...received];
  };
  const cancel = (orderId: string) => onOrder(orderId, { type: 'CancelOrder', data: { orderId, reason: 'customer reduced the order' }, metadata: { actor: lead, now } });
  const customerOrderStatus = async (orderId: string) =>
    (await harness.store.readStream(orderStreamId(orderId))).map((event) => ({ type: event.type, data: event.data }) as unknown as OrdersEvent).reduce(evolveCustomerOrder, initialCustomerOrder).status;
  const closings = async (orderId: string) => (await harness.typesIn(orderStreamId(orderId))).filter((type) => type === 'CustomerOrderClosed').length;
  const last = (events: EventEnvelope[]) => events[events.length - 1]!;

  beforeAll(async () => {
    harness = await ManagerHarness.open(testDatabaseUrl(), schema);
  });
  afterAll(async () => {
    await harness.close();
    await dropSchema(schema);
  });

  it('closes the customer order once its last tier-1 order is received in full (tier 2 does not count), once however often delivered', async () => {
    await place('CO-1');
    await harness.deliverAll(manager, await issueAndAccept('PO-A', 'CO-1', 'ws-a'));
    await harness.deliverAll(manager, await issueAndAccept('PO-B', 'CO-1', 'ws-b'));
    await harness.deliverAll(manager, await issueAndAccept('SUB-A', 'CO-1', 'ws-c', { orderId: 'PO-A', buyerId: 'ws-a' }));

    const firstClosed = await receiveAll('PO-A', 'ws-a');
    expect(last(firstClosed).type).toBe('PurchaseOrderClosed');
    await harness.deliverAll(manager, firstClosed);
    expect(await customerOrderStatus('CO-1')).toBe('Open'); // PO-B is still on its way

    const lastClosed = await receiveAll('PO-B', 'ws-b');
    await harness.deliver(manager, last(lastClosed), { crash: true }); // closed, then the consumer crashed before its commit
    await harness.deliver(manager, last(lastClosed));
    await harness.deliver(manager, last(lastClosed)); // a Kafka replay
    await harness.deliver(manager, last(firstClosed)); // and a late replay of the first closing

    expect(await customerOrderStatus('CO-1')).toBe('Closed');
    expect(await closings('CO-1')).toBe(1);
    const closed = (await harness.store.readStream(orderStreamId('CO-1'))).find((event) => event.type === 'CustomerOrderClosed')!;
    expect(closed.data).toMatchObject({ orderId: 'CO-1', closedBy: 'lead-1' });
    expect(closed.metadata).toMatchObject({ companyId: 'lead-1', causationId: last(lastClosed).id });
    // The sub-contract to ws-c is ws-a's business: still accepted, and it did not hold the customer order open.
    expect(await harness.typesIn(orderStreamId('SUB-A'))).toEqual(['PurchaseOrderIssued', 'OrderAccepted']);
  });

  it('closes when the orders not received were cancelled, on whichever event comes last', async () => {
    await place('CO-2');
    await harness.deliverAll(manager, await issueAndAccept('PO-C', 'CO-2', 'ws-a'));
    await harness.deliverAll(manager, await issueAndAccept('PO-D', 'CO-2', 'ws-b'));
    await harness.deliverAll(manager, await receiveAll('PO-C', 'ws-a'));
    expect(await customerOrderStatus('CO-2')).toBe('Open');
    await harness.deliverAll(manager, await cancel('PO-D'));
    expect(await customerOrderStatus('CO-2')).toBe('Closed');
  });

  it('closes when the supplier of the other order rejected it (a rejection is final), on the rejection', async () => {
    await place('CO-5');
    await harness.deliverAll(manager, await issueAndAccept('PO-G', 'CO-5', 'ws-a'));
    const issued = await onOrder('PO-H', {
      type: 'IssuePurchaseOrder',
      data: { orderId: 'PO-H', customerOrderId: 'CO-5', parent: null, supplierId: 'ws-b', lines: [{ lineNo: 1, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 10, dueDate: '2026-12-10', unitPrice: null }] },
      metadata: { actor: lead, now, lookups: { parentOrder: null } },
    });
    await harness.deliverAll(manager, issued);
    await harness.deliverAll(manager, await receiveAll('PO-G', 'ws-a'));
    expect(await customerOrderStatus('CO-5')).toBe('Open');
    await harness.deliverAll(manager, await onOrder('PO-H', { type: 'RejectOrder', data: { orderId: 'PO-H', reason: 'no capacity' }, metadata: { actor: workshop('ws-b'), now } }));
    expect(await customerOrderStatus('CO-5')).toBe('Closed');
  });

  it('never closes a customer order whose orders were all cancelled: nothing was delivered', async () => {
    await place('CO-3');
    await harness.deliverAll(manager, await issueAndAccept('PO-E', 'CO-3', 'ws-a'));
    await harness.deliverAll(manager, await cancel('PO-E'));
    expect(await customerOrderStatus('CO-3')).toBe('Open');
  });

  it('leaves alone a customer order its lead already closed by hand', async () => {
    await place('CO-4');
    await harness.deliverAll(manager, await issueAndAccept('PO-F', 'CO-4', 'ws-a'));
    const closedOrder = await receiveAll('PO-F', 'ws-a');
    await onCustomerOrder('CO-4', { type: 'CloseCustomerOrder', data: { orderId: 'CO-4' }, metadata: { actor: lead, now } });
    await harness.deliverAll(manager, closedOrder);
    expect(await closings('CO-4')).toBe(1);
  });
});
