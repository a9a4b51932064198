import { assertNever } from '../assert-never';
import { isPurchaseOrderEvent, type OrdersEvent } from '../orders-event';
import { applyChanges, type IssuedPurchaseOrder, type PurchaseOrder, type PurchaseOrderCore, type PurchaseOrderLine } from './purchase-order-state';

export function evolvePurchaseOrder(state: PurchaseOrder, event: OrdersEvent): PurchaseOrder {
  // The stream holds a customer order: remember that, so commands get a clear refusal instead of a crash.
  if (!isPurchaseOrderEvent(event)) return { status: 'OtherKind' };
  if (event.type === 'PurchaseOrderIssued') {
    const { data } = event;
    return {
      status: 'Issued',
      orderId: data.orderId,
      customerOrderId: data.customerOrderId,
      parent: data.parent,
      buyerId: data.buyerId,
      supplierId: data.supplierId,
      tier: data.tier,
      lines: data.lines.map((line) => ({ ...line, shipped: 0, inTransit: 0, received: 0, rejected: 0 })),
      shipments: [],
      changeIds: [],
      issuedAt: data.issuedAt,
    };
  }
  if (state.status === 'None' || state.status === 'OtherKind') throw new Error(`${event.type} before PurchaseOrderIssued: corrupt stream`);
  const order: IssuedPurchaseOrder = state;
  const base = core(order);
  switch (event.type) {
    case 'OrderAccepted':
      return { ...base, status: 'Accepted', openChange: null };
    case 'OrderRejected':
      return { ...base, status: 'Rejected', reason: event.data.reason };
    case 'OrderAcceptedWithChanges':
      return { ...base, status: 'AwaitingBuyer', proposedChanges: event.data.changes };
    case 'ProposedChangesAccepted':
      return { ...base, status: 'Accepted', lines: applyChanges(order.lines, event.data.changes), openChange: null };
    case 'ProposedChangesRejected':
      // Back to square one: the supplier must acknowledge the order as it stands.
      return { ...base, status: 'Issued' };
    case 'ChangeRequested': {
      const { changeId, requestedBy, changes, reason } = event.data;
      return { ...base, status: 'Accepted', openChange: { changeId, requestedBy, changes, reason }, changeIds: [...order.changeIds, changeId] };
    }
    case 'ChangeAccepted':
      return { ...base, status: 'Accepted', lines: applyChanges(order.lines, event.data.changes), openChange: null };
    case 'ChangeRejected':
      return { ...base, status: 'Accepted', openChange: null };
    case 'OrderCancelled':
      return { ...base, status: 'Cancelled', reason: event.data.reason };
    case 'ShipmentNotified': {
      const { shipmentId, lines, shippedAt } = event.data;
      return {
        ...order,
        lines: order.lines.map((line) => {
          const quantity = sumFor(lines, line.lineNo, (shipped) => shipped.quantity);
          return { ...line, shipped: line.shipped + quantity, inTransit: line.inTransit + quantity };
        }),
        shipments: [...order.shipments, { shipmentId, lines, shippedAt, received: false }],
      };
    }
    case 'GoodsReceived': {
      const { shipmentId, lines } = event.data;
      const shipment = order.shipments.find((candidate) => candidate.shipmentId === shipmentId);
      return {
        ...order,
        lines: order.lines.map(
          (line): PurchaseOrderLine => ({
            ...line,
            inTransit: line.inTransit - sumFor(shipment?.lines ?? [], line.lineNo, (shipped) => shipped.quantity),
            received: line.received + sumFor(lines, line.lineNo, (receipt) => receipt.receivedQuantity),
            rejected: line.rejected + sumFor(lines, line.lineNo, (receipt) => receipt.rejectedQuantity),
          }),
        ),
        shipments: order.shipments.map((candidate) => (candidate.shipmentId === shipmentId ? { ...candidate, received: true } : candidate)),
      };
    }
    case 'PurchaseOrderClosed':
      return { ...base, status: 'Closed' };
    default:
      return assertNever(event);
  }
}

/** The fields every issued order has, without those of its current status. */
function core(order: IssuedPurchaseOrder): PurchaseOrderCore {
  const { orderId, customerOrderId, parent, buyerId, supplierId, tier, lines, shipments, changeIds, issuedAt } = order;
  return { orderId, customerOrderId, parent, buyerId, supplierId, tier, lines, shipments, changeIds, issuedAt };
}

function sumFor<Line extends { readonly lineNo: number }>(lines: readonly Line[], lineNo: number, pieces: (line: Line) => number): number {
  return lines.filter((line) => line.lineNo === lineNo).reduce((total, line) => total + pieces(line), 0);
}
