// Example orders events for the AsyncAPI document, with the values of the repo's own fixtures
// (libs/orders purchase-order fixtures, gateway large-order events). Typed as the contract's data map,
// so an orders event type without an example does not compile.
import type { OrderLineChangeV1, OrdersEventDataV1 } from '../../orders';
import type { ContextExamples } from './message-example';

const orderId = 'PO-1';
const lead = 'kanto-lead';
const supplier = 'okada-seiki';
const change: OrderLineChangeV1 = { lineNo: 1, quantity: 80, dueDate: '2026-12-08' };

const DATA: OrdersEventDataV1 = {
  CustomerOrderPlaced: {
    orderId: 'CO-1',
    customerName: 'Customer K.K.',
    customerRef: 'REF-CO-1',
    bomProductId: 'PUMP',
    bomRevision: 1,
    lines: [{ lineNo: 1, partNumber: 'PUMP-ROOT', bomNodeId: 'PUMP-ROOT', quantity: 2, dueDate: '2026-12-20' }],
    ownerId: lead,
    placedAt: '2026-11-18T09:00:00.000Z',
  },
  CustomerOrderClosed: { orderId: 'CO-1', closedBy: lead, closedAt: '2026-12-21T09:00:00.000Z' },
  PurchaseOrderIssued: {
    orderId,
    customerOrderId: 'CO-1',
    parent: null,
    buyerId: lead,
    supplierId: supplier,
    tier: 1,
    lines: [
      { lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'n-12', quantity: 100, dueDate: '2026-12-01', unitPrice: { amount: '1250.50', currency: 'JPY' } },
      { lineNo: 2, partNumber: 'PIN-7', bomNodeId: 'n-13', quantity: 50, dueDate: '2026-12-05', unitPrice: null },
    ],
    issuedAt: '2026-11-19T09:00:00.000Z',
  },
  OrderAccepted: { orderId, acceptedBy: supplier, acceptedAt: '2026-11-19T10:00:00.000Z' },
  OrderRejected: { orderId, rejectedBy: supplier, reason: 'no capacity in December', rejectedAt: '2026-11-19T10:00:00.000Z' },
  OrderAcceptedWithChanges: { orderId, acceptedBy: supplier, changes: [change], acceptedAt: '2026-11-19T10:00:00.000Z' },
  ProposedChangesAccepted: { orderId, acceptedBy: lead, changes: [change], acceptedAt: '2026-11-19T11:00:00.000Z' },
  ProposedChangesRejected: { orderId, rejectedBy: lead, reason: 'the customer needs all 100 by 12/01', rejectedAt: '2026-11-19T11:00:00.000Z' },
  ChangeRequested: { orderId, changeId: 'chg-1', requestedBy: lead, changes: [{ lineNo: 2, quantity: null, dueDate: '2026-12-03' }], reason: 'customer moved the date', requestedAt: '2026-11-19T11:00:00.000Z' },
  ChangeAccepted: { orderId, changeId: 'chg-1', acceptedBy: supplier, changes: [{ lineNo: 2, quantity: null, dueDate: '2026-12-03' }], acceptedAt: '2026-11-19T12:00:00.000Z' },
  ChangeRejected: { orderId, changeId: 'chg-1', rejectedBy: supplier, reason: 'plating slot is fixed', rejectedAt: '2026-11-19T12:00:00.000Z' },
  OrderCancelled: { orderId, cancelledBy: lead, reason: 'the customer withdrew', cancelledAt: '2026-11-22T09:00:00.000Z' },
  ShipmentNotified: { orderId, shipmentId: 'shp-1', shippedBy: supplier, lines: [{ lineNo: 1, quantity: 60 }], shippedAt: '2026-11-25T09:00:00.000Z', notifiedAt: '2026-11-25T09:05:00.000Z' },
  GoodsReceived: { orderId, shipmentId: 'shp-1', receivedBy: lead, lines: [{ lineNo: 1, receivedQuantity: 59, rejectedQuantity: 1 }], receivedAt: '2026-11-26T09:00:00.000Z' },
  PurchaseOrderClosed: { orderId, closedAt: '2026-12-10T09:00:00.000Z' },
};

const streamOf = (data: { readonly orderId: string }) => `order-${data.orderId}`;

export const ORDERS_EXAMPLES: ContextExamples = Object.fromEntries(Object.entries(DATA).map(([type, data]) => [`${type}.v1`, { streamId: streamOf(data), data }]));
