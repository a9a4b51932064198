import { WORK_DELAY_REASON_CODES, WORK_MILESTONES, WORK_STATUSES, type OrderShipmentLineV1 } from '@renkei/contracts';
import { ACKNOWLEDGEMENT_DECISIONS, type OrderAcknowledgementMessage, type ProgressReportMessage, type ShipmentNoticeMessage } from '../partner-messages';
import type { ContentOf } from '../interchange';
import {
  MAX_LINES,
  REASON_MAX,
  codeField,
  countField,
  dateField,
  idField,
  lineNoField,
  operationField,
  percentField,
  quantityField,
  textField,
  timestampField,
} from '../syntax/field-types';
import type { SegmentLine } from '../syntax/segment-line';
import { SegmentReader, segmentError } from '../syntax/segment-reader';
import { readersOf, refuseRepeatedLineNos, type MessageContext } from './message-context';
import { all, first, missingSegment, takeSlots } from './message-grammar';
import { readLineChanges } from './read-line-changes';

const reasonField = textField(REASON_MAX);

/**
 * The REST API takes a reason only when refusing, and line changes only when accepting with
 * changes; the message says the same, so what is written is what is applied.
 */
export function readOrderAcknowledgement(body: readonly SegmentLine[], context: MessageContext): ContentOf<OrderAcknowledgementMessage> {
  const taken = takeSlots('ORDER-ACKNOWLEDGEMENT', body, [{ tag: 'ACK', min: 1, max: 1 }, { tag: 'CLN', min: 0, max: MAX_LINES }], context.endLine, context.errors);
  const header = first(taken, 'ACK');
  const changeLines = all(taken, 'CLN');
  if (header === undefined) return { kind: 'ORDER-ACKNOWLEDGEMENT', decision: 'ACCEPT', orderId: '', changeId: null };
  const ack = new SegmentReader(header, 'ACK', context.errors);
  const orderId = ack.required('orderId', idField);
  const decision = ack.requiredOrNull('decision', codeField(ACKNOWLEDGEMENT_DECISIONS, 'acknowledgement decisions'));
  // Without a decision, which fields it needs is unknown: only the fields themselves are checked.
  if (decision === null) {
    readLineChanges(changeLines, context);
    ack.optional('reason', reasonField);
    return { kind: 'ORDER-ACKNOWLEDGEMENT', orderId, decision: 'ACCEPT', changeId: ack.optional('changeId', idField) };
  }
  const noLines = () => context.errors.push(...changeLines.map((line) => segmentError(line, 'SEGMENT_UNEXPECTED', `an ${decision} lists no line changes`, 'ACCEPT-WITH-CHANGES to propose changes')));
  switch (decision) {
    case 'ACCEPT':
      noLines();
      if (ack.given('reason')) ack.fail('reason', 'FIELD_CONFLICT', 'an ACCEPT gives no reason', 'empty');
      return { kind: 'ORDER-ACKNOWLEDGEMENT', orderId, decision, changeId: ack.optional('changeId', idField) };
    case 'REJECT':
      noLines();
      return { kind: 'ORDER-ACKNOWLEDGEMENT', orderId, decision, changeId: ack.optional('changeId', idField), reason: ack.required('reason', reasonField) };
    case 'ACCEPT-WITH-CHANGES':
      if (ack.given('changeId')) ack.fail('changeId', 'FIELD_CONFLICT', 'a change request is accepted or rejected as asked; to propose other changes, ask for them', 'empty, with ACCEPT-WITH-CHANGES');
      if (ack.given('reason')) ack.fail('reason', 'FIELD_CONFLICT', 'an ACCEPT-WITH-CHANGES gives no reason: the changes say it', 'empty');
      if (changeLines.length === 0) context.errors.push(missingSegment('ORDER-ACKNOWLEDGEMENT', 'CLN', context.endLine, 'an ACCEPT-WITH-CHANGES lists the lines it would change'));
      return { kind: 'ORDER-ACKNOWLEDGEMENT', orderId, decision, changes: readLineChanges(changeLines, context) };
  }
}

/** Status words are the canonical ones: a workshop's own words are mapped before the file is written. */
export function readProgressReport(body: readonly SegmentLine[], context: MessageContext): ContentOf<ProgressReportMessage> {
  const taken = takeSlots('PROGRESS-REPORT', body, [{ tag: 'PRG', min: 1, max: 1 }, { tag: 'NTE', min: 0, max: 1 }], context.endLine, context.errors);
  const header = first(taken, 'PRG');
  const note = first(taken, 'NTE');
  const prg = header === undefined ? null : new SegmentReader(header, 'PRG', context.errors);
  if (prg !== null && prg.given('operation') && prg.given('milestone')) {
    prg.fail('milestone', 'FIELD_CONFLICT', 'a report is about one operation or one milestone, not both', 'operation or milestone, or neither');
  }
  return {
    kind: 'PROGRESS-REPORT',
    poId: prg?.required('poId', idField) ?? '',
    lineNo: prg?.required('lineNo', lineNoField) ?? 0,
    status: prg?.required('status', codeField(WORK_STATUSES, 'canonical statuses')) ?? 'in_progress',
    qtyGood: prg?.required('qtyGood', countField) ?? 0,
    qtyScrap: prg?.required('qtyScrap', countField) ?? 0,
    occurredAt: prg?.required('occurredAt', timestampField) ?? '',
    eta: prg?.optional('eta', dateField) ?? null,
    operation: prg?.optional('operation', operationField) ?? null,
    milestone: prg?.optional('milestone', codeField(WORK_MILESTONES, 'milestones')) ?? null,
    percent: prg?.optional('percent', percentField) ?? null,
    delayReasonCode: prg?.optional('delayReasonCode', codeField(WORK_DELAY_REASON_CODES, 'delay reason codes')) ?? null,
    note: note === undefined ? null : new SegmentReader(note, 'NTE', context.errors).required('note', reasonField),
  };
}

export function readShipmentNotice(body: readonly SegmentLine[], context: MessageContext): ContentOf<ShipmentNoticeMessage> {
  const taken = takeSlots('SHIPMENT-NOTICE', body, [{ tag: 'SHP', min: 1, max: 1 }, { tag: 'SHL', min: 1, max: MAX_LINES }], context.endLine, context.errors);
  const header = first(taken, 'SHP');
  const shp = header === undefined ? null : new SegmentReader(header, 'SHP', context.errors);
  const lines = readersOf(all(taken, 'SHL'), 'SHL', context.errors).map((reader) => {
    const line: OrderShipmentLineV1 = { lineNo: reader.required('lineNo', lineNoField), quantity: reader.required('quantity', quantityField) };
    return { reader, line };
  });
  refuseRepeatedLineNos(lines.map(({ reader, line }) => ({ reader, lineNo: line.lineNo })));
  return {
    kind: 'SHIPMENT-NOTICE',
    orderId: shp?.required('orderId', idField) ?? '',
    shipmentId: shp?.required('shipmentId', idField) ?? '',
    shippedAt: shp?.required('shippedAt', timestampField) ?? '',
    lines: lines.map(({ line }) => line),
  };
}
