import type { OrderLineChangeV1 } from '@renkei/contracts';
import { assertNever } from '../assert-never';
import { controlNumberText, type EdiMessage, type Envelope } from '../interchange';
import type { OrderAcknowledgementMessage, ProgressReportMessage, ShipmentNoticeMessage } from '../partner-messages';

/**
 * One call of the REST API, as a workshop would make it by hand. The channel sends it with the
 * credential of `actingFor` (the interchange's sender, which the channel must have authenticated:
 * the envelope alone proves nothing), and maps the answer into an application acknowledgement.
 */
export interface CommandRequest {
  readonly method: 'POST';
  readonly path: string;
  /** Derived from sender, control number and message ref: a file sent twice is applied once. */
  readonly headers: { readonly 'Idempotency-Key': string };
  readonly body: Readonly<Record<string, unknown>>;
  readonly actingFor: string;
}

export type CommandMapping = { readonly kind: 'command'; readonly request: CommandRequest } | { readonly kind: 'none'; readonly why: string };

/**
 * The REST command an inbound message stands for, exactly as services/orders and
 * services/work-progress accept it. Outbound kinds and acknowledgements are not commands.
 */
export function commandRequestOf(envelope: Envelope, message: EdiMessage): CommandMapping {
  const command = (path: string, body: Record<string, unknown>): CommandMapping => ({
    kind: 'command',
    request: { method: 'POST', path, headers: { 'Idempotency-Key': idempotencyKeyOf(envelope, message.ref) }, body, actingFor: envelope.sender },
  });
  switch (message.kind) {
    case 'ORDER-ACKNOWLEDGEMENT':
      return command(...acknowledgementCall(message));
    case 'PROGRESS-REPORT':
      return command(`/v1/work-items/${segment(message.poId)}/${message.lineNo}/progress`, progressBody(message));
    case 'SHIPMENT-NOTICE':
      return command(`/v1/purchase-orders/${segment(message.orderId)}/shipments`, shipmentBody(message));
    case 'PURCHASE-ORDER':
    case 'ORDER-CHANGE':
    case 'ORDER-CANCELLATION':
      return { kind: 'none', why: `a ${message.kind} travels from RENKEI to a workshop; it is never applied from a file` };
    case 'FUNCTIONAL-ACK':
    case 'APPLICATION-ACK':
      return { kind: 'none', why: 'acknowledgements are recorded by the channel, not applied as commands' };
    default:
      return assertNever(message);
  }
}

/** 8-128 visible ASCII characters, as the REST API requires; scoped by the API to the calling company anyway. */
export function idempotencyKeyOf(envelope: Envelope, messageRef: string): string {
  return `edi/${envelope.sender}/${controlNumberText(envelope.controlNumber)}/${messageRef}`;
}

function acknowledgementCall(message: OrderAcknowledgementMessage): [string, Record<string, unknown>] {
  const order = `/v1/purchase-orders/${segment(message.orderId)}`;
  switch (message.decision) {
    case 'ACCEPT':
      return message.changeId === null ? [`${order}/acceptance`, {}] : [`${order}/change-requests/${segment(message.changeId)}/acceptance`, {}];
    case 'REJECT':
      return message.changeId === null
        ? [`${order}/rejection`, { reason: message.reason }]
        : [`${order}/change-requests/${segment(message.changeId)}/rejection`, { reason: message.reason }];
    case 'ACCEPT-WITH-CHANGES':
      return [`${order}/acceptance-with-changes`, { changes: message.changes.map(changeBody) }];
    default:
      return assertNever(message);
  }
}

/** Only what the report says: the API reads an omitted field as "not said", as the file's empty field means. */
function progressBody(message: ProgressReportMessage): Record<string, unknown> {
  const { status, qtyGood, qtyScrap, occurredAt, eta, note, operation, milestone, percent, delayReasonCode } = message;
  return withoutNulls({ status, qtyGood, qtyScrap, occurredAt, eta, note, operation, milestone, percent, delayReasonCode });
}

function shipmentBody(message: ShipmentNoticeMessage): Record<string, unknown> {
  return { shipmentId: message.shipmentId, lines: message.lines.map(({ lineNo, quantity }) => ({ lineNo, quantity })), shippedAt: message.shippedAt };
}

function changeBody(change: OrderLineChangeV1): Record<string, unknown> {
  return withoutNulls({ lineNo: change.lineNo, quantity: change.quantity, dueDate: change.dueDate });
}

function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null));
}

/** Ids are URL-safe by their pattern; encoding anyway keeps a path a path if that ever changes. */
function segment(id: string): string {
  return encodeURIComponent(id);
}
