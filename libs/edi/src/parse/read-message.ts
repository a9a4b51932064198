import { assertNever } from '../assert-never';
import type { EdiError } from '../edi-error';
import { RENKEI_HUB, type EdiMessage, type MessageContent } from '../interchange';
import { DIRECTION_OF, MESSAGE_KINDS, needsFunctionalAck, type MessageKind } from '../message-kinds';
import { codeField, messageRefField } from '../syntax/field-types';
import type { SegmentLine } from '../syntax/segment-line';
import { SegmentReader } from '../syntax/segment-reader';
import type { MessageBlock } from './interchange-layout';
import type { MessageContext } from './message-context';
import { missingSegment } from './message-grammar';
import { readApplicationAcknowledgement, readFunctionalAcknowledgement } from './read-acknowledgements';
import { readOrderCancellation, readOrderChange, readPurchaseOrder } from './read-order-messages';
import { readOrderAcknowledgement, readProgressReport, readShipmentNotice } from './read-partner-messages';
import type { ReceivedEnvelope } from './read-envelope';

/** One message as received: its syntax verdict, on its own, so a bad message does not sink its siblings. */
export type ReceivedMessage = {
  readonly ref: string | null;
  readonly kind: MessageKind | null;
  /** The line of its MSG segment. */
  readonly line: number;
  /** False for acknowledgements, which are never acknowledged; true for anything else, even unreadable. */
  readonly needsFunctionalAck: boolean;
} & ({ readonly ok: true; readonly message: EdiMessage } | { readonly ok: false; readonly errors: readonly EdiError[] });

const kindField = codeField(MESSAGE_KINDS, 'message kinds');

export function readMessage(block: MessageBlock, envelope: ReceivedEnvelope): ReceivedMessage {
  const errors: EdiError[] = [];
  const msg = new SegmentReader(block.start, 'MSG', errors);
  const ref = msg.requiredOrNull('messageRef', messageRefField);
  const kind = msg.requiredOrNull('messageKind', kindField);
  checkEnd(block, ref, errors);
  if (kind !== null) checkDirection(msg, kind, envelope);
  const verdict = { ref, kind, line: block.start.line, needsFunctionalAck: needsFunctionalAck(kind) };
  // Without its kind the body cannot be read: its errors would be guesses.
  if (kind === null) return { ...verdict, ok: false, errors };
  const content = readContent(kind, block.body, { receiver: envelope.receiver, endLine: block.endLine, errors });
  if (errors.length > 0 || ref === null) return { ...verdict, ok: false, errors: sortedByPlace(errors) };
  return { ...verdict, ok: true, message: { ...content, ref } };
}

function readContent(kind: MessageKind, body: readonly SegmentLine[], context: MessageContext): MessageContent {
  switch (kind) {
    case 'PURCHASE-ORDER':
      return readPurchaseOrder(body, context);
    case 'ORDER-CHANGE':
      return readOrderChange(body, context);
    case 'ORDER-CANCELLATION':
      return readOrderCancellation(body, context);
    case 'ORDER-ACKNOWLEDGEMENT':
      return readOrderAcknowledgement(body, context);
    case 'PROGRESS-REPORT':
      return readProgressReport(body, context);
    case 'SHIPMENT-NOTICE':
      return readShipmentNotice(body, context);
    case 'FUNCTIONAL-ACK':
      return readFunctionalAcknowledgement(body, context);
    case 'APPLICATION-ACK':
      return readApplicationAcknowledgement(body, context);
    default:
      return assertNever(kind);
  }
}

function checkEnd(block: MessageBlock, ref: string | null, errors: EdiError[]): void {
  if (block.end === null) {
    errors.push(missingSegment('', 'END', block.endLine, 'a message ends with END before the next MSG, the TRL or the end of the text'));
    return;
  }
  const end = new SegmentReader(block.end, 'END', errors);
  const endRef = end.requiredOrNull('messageRef', messageRefField);
  if (endRef !== null && ref !== null && endRef !== ref) end.fail('messageRef', 'REFERENCE_MISMATCH', 'must repeat the messageRef of its MSG', ref);
}

/** Orders go out from RENKEI only, answers and reports come in only: anything else is misrouted. */
function checkDirection(msg: SegmentReader<'MSG'>, kind: MessageKind, envelope: ReceivedEnvelope): void {
  const direction = DIRECTION_OF[kind];
  if (envelope.sender === null || direction === 'either') return;
  const fromHub = envelope.sender === RENKEI_HUB;
  if (direction === 'from-hub' && !fromHub) msg.fail('messageKind', 'NOT_ALLOWED', `a ${kind} travels from ${RENKEI_HUB} to a workshop, never to ${RENKEI_HUB}`, 'ORDER-ACKNOWLEDGEMENT, PROGRESS-REPORT, SHIPMENT-NOTICE, FUNCTIONAL-ACK, APPLICATION-ACK');
  if (direction === 'to-hub' && fromHub) msg.fail('messageKind', 'NOT_ALLOWED', `a ${kind} travels from a workshop to ${RENKEI_HUB}`, 'PURCHASE-ORDER, ORDER-CHANGE, ORDER-CANCELLATION, FUNCTIONAL-ACK, APPLICATION-ACK');
}

/** Errors in reading order: by line, then by field. */
export function sortedByPlace(errors: readonly EdiError[]): EdiError[] {
  return [...errors].sort((a, b) => a.line - b.line || (a.field?.position ?? 0) - (b.field?.position ?? 0));
}
