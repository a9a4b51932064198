import type { OrderLineChangeV1, OrdersEventDataV1 } from '@renkei/contracts';
import { assertNever } from '../assert-never';
import type { MessageContent } from '../interchange';
import { REASON_MAX, fitText, timestampField } from '../syntax/field-types';

/** An orders event as the relay delivers it: its type and the data of its current schema version. */
export type OrdersEventForEdi = { [Type in keyof OrdersEventDataV1]: { readonly type: Type; readonly data: OrdersEventDataV1[Type] } }[keyof OrdersEventDataV1];

/** The two parties of a purchase order, as its PurchaseOrderIssued named them. */
export interface OrderParties {
  readonly buyerId: string;
  readonly supplierId: string;
}

/** A message for one workshop, or why the event makes none. */
export type OutboundMessage = { readonly kind: 'message'; readonly receiver: string; readonly content: MessageContent } | { readonly kind: 'none'; readonly why: string };

/**
 * The message an orders event sends to the supplier of its purchase order. Only the supplier gets
 * one, so the unit prices a purchase order carries stay between buyer and supplier. Events other
 * than PurchaseOrderIssued do not name the parties: `partiesOf` looks them up (the order's state).
 */
export function outboundMessageOf(event: OrdersEventForEdi, partiesOf: (orderId: string) => OrderParties | null): OutboundMessage {
  const toSupplier = (orderId: string, build: (parties: OrderParties) => MessageContent | string): OutboundMessage => {
    const parties = partiesOf(orderId);
    if (parties === null) return { kind: 'none', why: `purchase order ${orderId} is unknown to the feed` };
    const content = build(parties);
    return typeof content === 'string' ? { kind: 'none', why: content } : { kind: 'message', receiver: parties.supplierId, content };
  };
  switch (event.type) {
    case 'PurchaseOrderIssued': {
      const { orderId, customerOrderId, buyerId, supplierId, tier, parent, issuedAt, lines } = event.data;
      const printable = lines.map((line) => ({ ...line, partNumber: fitText(line.partNumber, 64), unitPrice: line.unitPrice === null ? null : { ...line.unitPrice } }));
      return { kind: 'message', receiver: supplierId, content: { kind: 'PURCHASE-ORDER', orderId, customerOrderId, buyerId, supplierId, tier, parent, issuedAt: utc(issuedAt), lines: printable } };
    }
    case 'ChangeRequested': {
      const { orderId, changeId, requestedBy, changes, reason, requestedAt } = event.data;
      return toSupplier(orderId, (parties) =>
        requestedBy !== parties.buyerId
          ? 'the supplier asked for this change: it needs no message about it'
          : { kind: 'ORDER-CHANGE', purpose: 'REQUEST', orderId, ...pair(parties), changedAt: utc(requestedAt), changeId, reason: text(reason), changes: copy(changes) },
      );
    }
    case 'ChangeAccepted': {
      const { orderId, changeId, acceptedBy, changes, acceptedAt } = event.data;
      return toSupplier(orderId, (parties) =>
        acceptedBy !== parties.buyerId
          ? 'the supplier accepted this change itself'
          : { kind: 'ORDER-CHANGE', purpose: 'CONFIRMED', orderId, ...pair(parties), changedAt: utc(acceptedAt), changeId, changes: copy(changes) },
      );
    }
    case 'ChangeRejected': {
      const { orderId, changeId, rejectedBy, reason, rejectedAt } = event.data;
      return toSupplier(orderId, (parties) =>
        rejectedBy !== parties.buyerId
          ? 'the supplier rejected this change itself'
          : { kind: 'ORDER-CHANGE', purpose: 'DECLINED', orderId, ...pair(parties), changedAt: utc(rejectedAt), changeId, reason: text(reason) },
      );
    }
    case 'ProposedChangesAccepted': {
      const { orderId, changes, acceptedAt } = event.data;
      return toSupplier(orderId, (parties) => ({ kind: 'ORDER-CHANGE', purpose: 'CONFIRMED', orderId, ...pair(parties), changedAt: utc(acceptedAt), changeId: null, changes: copy(changes) }));
    }
    case 'ProposedChangesRejected': {
      const { orderId, reason, rejectedAt } = event.data;
      return toSupplier(orderId, (parties) => ({ kind: 'ORDER-CHANGE', purpose: 'DECLINED', orderId, ...pair(parties), changedAt: utc(rejectedAt), changeId: null, reason: text(reason) }));
    }
    case 'OrderCancelled': {
      const { orderId, reason, cancelledAt } = event.data;
      return toSupplier(orderId, (parties) => ({ kind: 'ORDER-CANCELLATION', orderId, ...pair(parties), cancelledAt: utc(cancelledAt), reason: text(reason) }));
    }
    case 'OrderAccepted':
    case 'OrderRejected':
    case 'OrderAcceptedWithChanges':
    case 'ShipmentNotified':
      return { kind: 'none', why: `${event.type} is the supplier's own answer: the supplier needs no message about it` };
    case 'GoodsReceived':
    case 'PurchaseOrderClosed':
      return { kind: 'none', why: `${event.type} is not part of the feed yet (it would be a receiving advice: X12 861, EDIFACT RECADV)` };
    case 'CustomerOrderPlaced':
    case 'CustomerOrderClosed':
      return { kind: 'none', why: `${event.type} is the lead's own order: no workshop is a party to it` };
    default:
      return assertNever(event);
  }
}

function pair(parties: OrderParties): OrderParties {
  return { buyerId: parties.buyerId, supplierId: parties.supplierId };
}

function copy(changes: readonly OrderLineChangeV1[]): OrderLineChangeV1[] {
  return changes.map(({ lineNo, quantity, dueDate }) => ({ lineNo, quantity, dueDate }));
}

/** Domain reasons are within the same limit; control characters a form let through are not printable. */
function text(reason: string): string {
  return fitText(reason, REASON_MAX);
}

/** Events say `toISOString()`, which is already the file's form; any other offset is converted to UTC. */
function utc(timestamp: string): string {
  if (timestampField.read(timestamp).ok) return timestamp;
  const instant = new Date(timestamp);
  return Number.isNaN(instant.getTime()) ? timestamp : instant.toISOString();
}
