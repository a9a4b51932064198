import { interchangeOf } from '../acknowledge/outbound-control';
import { RENKEI_HUB, type MessageContent } from '../interchange';
import { parseInterchange } from '../parse/parse-interchange';
import { printInterchange } from '../print/print-interchange';
import { outboundMessageOf, type OrderParties, type OrdersEventForEdi } from './outbound-messages';

const parties: OrderParties = { buyerId: 'lead-co', supplierId: 'okada-seiki' };
const partiesOf = (orderId: string) => (orderId === 'PO-1' ? parties : null);
const control = { sender: RENKEI_HUB, controlNumber: 9, sequenceNumber: 5, createdAt: '2026-11-21T09:00:00Z' };
const changes = [{ lineNo: 1, quantity: 30, dueDate: '2026-12-08' }];
const at = '2026-11-21T08:00:00.000Z';

/** The message an event makes, checked to travel: printed into an interchange to its receiver, it parses. */
function messageOf(event: OrdersEventForEdi): MessageContent | string {
  const outbound = outboundMessageOf(event, partiesOf);
  if (outbound.kind === 'none') return outbound.why;
  const result = parseInterchange(printInterchange(interchangeOf(control, outbound.receiver, [outbound.content])));
  expect(result.ok ? [] : result.errors).toEqual([]);
  expect(outbound.receiver).toBe(parties.supplierId);
  return outbound.content;
}

describe('outboundMessageOf', () => {
  it('sends a purchase order, prices included, to its supplier only', () => {
    const issued: OrdersEventForEdi = {
      type: 'PurchaseOrderIssued',
      data: {
        orderId: 'PO-1',
        customerOrderId: 'CO-1',
        parent: null,
        buyerId: 'lead-co',
        supplierId: 'okada-seiki',
        tier: 1,
        lines: [{ lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'n-12', quantity: 40, dueDate: '2026-12-01', unitPrice: { amount: '1250.50', currency: 'JPY' } }],
        issuedAt: at,
      },
    };
    expect(messageOf(issued)).toEqual({ kind: 'PURCHASE-ORDER', ...issued.data });
  });

  it.each<[string, OrdersEventForEdi, MessageContent | string]>([
    [
      "the buyer's change request",
      { type: 'ChangeRequested', data: { orderId: 'PO-1', changeId: 'CR-7', requestedBy: 'lead-co', changes, reason: 'customer moved the date', requestedAt: at } },
      { kind: 'ORDER-CHANGE', purpose: 'REQUEST', orderId: 'PO-1', ...parties, changedAt: at, changeId: 'CR-7', reason: 'customer moved the date', changes },
    ],
    ["the supplier's own change request", { type: 'ChangeRequested', data: { orderId: 'PO-1', changeId: 'CR-8', requestedBy: 'okada-seiki', changes, reason: 'x', requestedAt: at } }, 'the supplier asked for this change: it needs no message about it'],
    [
      "the buyer accepting the supplier's change request",
      { type: 'ChangeAccepted', data: { orderId: 'PO-1', changeId: 'CR-8', acceptedBy: 'lead-co', changes, acceptedAt: at } },
      { kind: 'ORDER-CHANGE', purpose: 'CONFIRMED', orderId: 'PO-1', ...parties, changedAt: at, changeId: 'CR-8', changes },
    ],
    ["the supplier accepting the buyer's change", { type: 'ChangeAccepted', data: { orderId: 'PO-1', changeId: 'CR-7', acceptedBy: 'okada-seiki', changes, acceptedAt: at } }, 'the supplier accepted this change itself'],
    [
      "the buyer rejecting the supplier's change request",
      { type: 'ChangeRejected', data: { orderId: 'PO-1', changeId: 'CR-8', rejectedBy: 'lead-co', reason: 'customer insists', rejectedAt: at } },
      { kind: 'ORDER-CHANGE', purpose: 'DECLINED', orderId: 'PO-1', ...parties, changedAt: at, changeId: 'CR-8', reason: 'customer insists' },
    ],
    ["the supplier rejecting the buyer's change", { type: 'ChangeRejected', data: { orderId: 'PO-1', changeId: 'CR-7', rejectedBy: 'okada-seiki', reason: 'x', rejectedAt: at } }, 'the supplier rejected this change itself'],
    [
      "the buyer accepting the supplier's proposed changes",
      { type: 'ProposedChangesAccepted', data: { orderId: 'PO-1', acceptedBy: 'lead-co', changes, acceptedAt: at } },
      { kind: 'ORDER-CHANGE', purpose: 'CONFIRMED', orderId: 'PO-1', ...parties, changedAt: at, changeId: null, changes },
    ],
    [
      "the buyer refusing the supplier's proposed changes",
      { type: 'ProposedChangesRejected', data: { orderId: 'PO-1', rejectedBy: 'lead-co', reason: 'dates are fixed', rejectedAt: at } },
      { kind: 'ORDER-CHANGE', purpose: 'DECLINED', orderId: 'PO-1', ...parties, changedAt: at, changeId: null, reason: 'dates are fixed' },
    ],
    [
      'a cancellation',
      { type: 'OrderCancelled', data: { orderId: 'PO-1', cancelledBy: 'lead-co', reason: 'customer cancelled', cancelledAt: at } },
      { kind: 'ORDER-CANCELLATION', orderId: 'PO-1', ...parties, cancelledAt: at, reason: 'customer cancelled' },
    ],
    ['an order the feed does not know', { type: 'OrderCancelled', data: { orderId: 'PO-9', cancelledBy: 'lead-co', reason: 'x', cancelledAt: at } }, 'purchase order PO-9 is unknown to the feed'],
  ])('maps %s', (_, event, expected) => {
    expect(messageOf(event)).toEqual(expected);
  });

  it("sends nothing about the supplier's own answers, receipts, or the lead's customer orders", () => {
    const events: OrdersEventForEdi[] = [
      { type: 'OrderAccepted', data: { orderId: 'PO-1', acceptedBy: 'okada-seiki', acceptedAt: at } },
      { type: 'OrderRejected', data: { orderId: 'PO-1', rejectedBy: 'okada-seiki', reason: 'x', rejectedAt: at } },
      { type: 'OrderAcceptedWithChanges', data: { orderId: 'PO-1', acceptedBy: 'okada-seiki', changes, acceptedAt: at } },
      { type: 'ShipmentNotified', data: { orderId: 'PO-1', shipmentId: 'SH-1', shippedBy: 'okada-seiki', lines: [{ lineNo: 1, quantity: 1 }], shippedAt: at, notifiedAt: at } },
      { type: 'GoodsReceived', data: { orderId: 'PO-1', shipmentId: 'SH-1', receivedBy: 'lead-co', lines: [{ lineNo: 1, receivedQuantity: 1, rejectedQuantity: 0 }], receivedAt: at } },
      { type: 'PurchaseOrderClosed', data: { orderId: 'PO-1', closedAt: at } },
      { type: 'CustomerOrderClosed', data: { orderId: 'CO-1', closedBy: 'lead-co', closedAt: at } },
    ];
    expect(events.map((event) => outboundMessageOf(event, partiesOf).kind)).toEqual(events.map(() => 'none'));
  });

  it('writes event times in UTC and keeps reasons printable', () => {
    const cancelled: OrdersEventForEdi = { type: 'OrderCancelled', data: { orderId: 'PO-1', cancelledBy: 'lead-co', reason: 'line\u0007stopped', cancelledAt: '2026-11-21T17:00:00+09:00' } };
    expect(messageOf(cancelled)).toMatchObject({ cancelledAt: '2026-11-21T08:00:00.000Z', reason: 'line?stopped' });
  });
});
