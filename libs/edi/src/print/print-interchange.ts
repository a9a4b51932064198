import type { OrderLineChangeV1 } from '@renkei/contracts';
import type { ApplicationAcknowledgementMessage, FunctionalAcknowledgementMessage } from '../acknowledgement-messages';
import { assertNever } from '../assert-never';
import type { EdiError } from '../edi-error';
import { SYNTAX_VERSION, controlNumberText, type EdiMessage, type Envelope, type Interchange } from '../interchange';
import { SEGMENT_FIELDS, type FieldName, type SegmentTag } from '../syntax/segment-fields';
import { printSegment } from '../syntax/segment-line';

type Value = string | number | null;

/**
 * Canonical text: LF line ends, a final LF, no blank lines, control numbers as 9 digits, empty
 * fields at the end of a segment left out; the trailer's counts are computed here. Expects a
 * valid interchange (as parsed, or as the builders make it): it does not check one.
 */
export function printInterchange(interchange: Interchange): string {
  const body = interchange.messages.flatMap(printMessage);
  const { envelope } = interchange;
  const trailer = segment('TRL', { controlNumber: controlNumberText(envelope.controlNumber), messageCount: interchange.messages.length, segmentCount: body.length + 2 });
  return `${[printEnvelope(envelope), ...body, trailer].join('\n')}\n`;
}

function printEnvelope(envelope: Envelope): string {
  const { sender, receiver, controlNumber, sequenceNumber, createdAt } = envelope;
  return segment('ENV', { syntaxVersion: SYNTAX_VERSION, sender, receiver, controlNumber: controlNumberText(controlNumber), sequenceNumber, createdAt });
}

function printMessage(message: EdiMessage): string[] {
  return [segment('MSG', { messageRef: message.ref, messageKind: message.kind }), ...printBody(message), segment('END', { messageRef: message.ref })];
}

function printBody(message: EdiMessage): string[] {
  switch (message.kind) {
    case 'PURCHASE-ORDER': {
      const { orderId, customerOrderId, buyerId, supplierId, tier, issuedAt, parent } = message;
      return [
        segment('PO', { orderId, customerOrderId, buyerId, supplierId, tier, issuedAt, parentOrderId: parent?.orderId ?? null, parentLineNo: parent?.lineNo ?? null }),
        ...message.lines.map(({ lineNo, partNumber, bomNodeId, quantity, dueDate, unitPrice }) =>
          segment('LIN', { lineNo, partNumber, bomNodeId, quantity, dueDate, unitPrice: unitPrice?.amount ?? null, currency: unitPrice?.currency ?? null }),
        ),
      ];
    }
    case 'ORDER-CHANGE': {
      const { orderId, purpose, buyerId, supplierId, changedAt } = message;
      const changeId = message.changeId;
      const reason = message.purpose === 'CONFIRMED' ? null : message.reason;
      const changes = message.purpose === 'DECLINED' ? [] : message.changes;
      return [segment('CHG', { orderId, purpose, buyerId, supplierId, changedAt, changeId, reason }), ...changes.map(lineChange)];
    }
    case 'ORDER-CANCELLATION': {
      const { orderId, buyerId, supplierId, cancelledAt, reason } = message;
      return [segment('CAN', { orderId, buyerId, supplierId, cancelledAt, reason })];
    }
    case 'ORDER-ACKNOWLEDGEMENT': {
      const { orderId, decision } = message;
      if (message.decision === 'ACCEPT-WITH-CHANGES') return [segment('ACK', { orderId, decision, changeId: null, reason: null }), ...message.changes.map(lineChange)];
      return [segment('ACK', { orderId, decision, changeId: message.changeId, reason: message.decision === 'REJECT' ? message.reason : null })];
    }
    case 'PROGRESS-REPORT': {
      const { poId, lineNo, status, qtyGood, qtyScrap, occurredAt, eta, operation, milestone, percent, delayReasonCode, note } = message;
      const report = segment('PRG', { poId, lineNo, status, qtyGood, qtyScrap, occurredAt, eta, operation, milestone, percent, delayReasonCode });
      return note === null ? [report] : [report, segment('NTE', { note })];
    }
    case 'SHIPMENT-NOTICE': {
      const { orderId, shipmentId, shippedAt } = message;
      return [segment('SHP', { orderId, shipmentId, shippedAt }), ...message.lines.map(({ lineNo, quantity }) => segment('SHL', { lineNo, quantity }))];
    }
    case 'FUNCTIONAL-ACK':
      return printFunctionalAcknowledgement(message);
    case 'APPLICATION-ACK':
      return printApplicationAcknowledgement(message);
    default:
      return assertNever(message);
  }
}

function printFunctionalAcknowledgement(message: FunctionalAcknowledgementMessage): string[] {
  const { acknowledgedControlNumber, acknowledgedSender, status } = message;
  return [
    segment('FAK', { acknowledgedControlNumber: controlNumberText(acknowledgedControlNumber), acknowledgedSender, status }),
    ...message.errors.map(reportedError),
    ...message.messages.flatMap((result) => [segment('FAM', { messageRef: result.ref, messageKind: result.kind, status: result.status }), ...result.errors.map(reportedError)]),
  ];
}

function printApplicationAcknowledgement(message: ApplicationAcknowledgementMessage): string[] {
  const { acknowledgedControlNumber, acknowledgedSender } = message;
  return [
    segment('AAK', { acknowledgedControlNumber: controlNumberText(acknowledgedControlNumber), acknowledgedSender }),
    ...message.results.flatMap((result) =>
      result.outcome === 'APPLIED'
        ? [segment('AAM', { messageRef: result.ref, outcome: result.outcome, reference: result.reference, errorCode: null, text: null })]
        : [
            segment('AAM', { messageRef: result.ref, outcome: result.outcome, reference: result.reference, errorCode: result.code, text: result.text }),
            ...result.fieldErrors.map(({ field, rule, allowed }) => segment('AER', { field, rule, allowed })),
          ],
    ),
  ];
}

function reportedError(error: EdiError): string {
  const { code, line, tag, field, rule, allowed } = error;
  return segment('FER', { errorCode: code, line, tag, fieldPosition: field?.position ?? null, fieldName: field?.name ?? null, rule, allowed });
}

function lineChange({ lineNo, quantity, dueDate }: OrderLineChangeV1): string {
  return segment('CLN', { lineNo, quantity, dueDate });
}

/** Fields by name, printed in the order SEGMENT_FIELDS gives: the reader's positions, by construction. */
function segment<Tag extends SegmentTag>(tag: Tag, values: { readonly [Name in FieldName<Tag>]: Value }): string {
  const names: readonly FieldName<Tag>[] = SEGMENT_FIELDS[tag];
  return printSegment(
    tag,
    names.map((name) => {
      const value: Value = values[name];
      return value === null ? null : String(value);
    }),
  );
}
