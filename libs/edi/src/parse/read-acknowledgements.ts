import {
  FUNCTIONAL_ACK_STATUSES,
  MESSAGE_SYNTAX_STATUSES,
  type ApplicationAcknowledgementMessage,
  type ApplicationResult,
  type FunctionalAckStatus,
  type FunctionalAcknowledgementMessage,
  type MessageSyntaxResult,
  type RefusedField,
} from '../acknowledgement-messages';
import { EDI_ERROR_CODES, type EdiError } from '../edi-error';
import { MESSAGE_KINDS } from '../message-kinds';
import type { ContentOf } from '../interchange';
import { ACK_TEXT_MAX, codeField, controlNumberField, domainCodeField, idField, integerField, messageRefField, partyField, textField } from '../syntax/field-types';
import { isSegmentTag } from '../syntax/segment-fields';
import type { SegmentLine } from '../syntax/segment-line';
import { SegmentReader, TAG_MAX, segmentError } from '../syntax/segment-reader';
import type { MessageContext } from './message-context';
import { missingSegment } from './message-grammar';

const ackTextField = textField(ACK_TEXT_MAX);
const lineField = integerField(1, 999_999_999, 'a line number of the acknowledged text: 1, 2, 3, ...');
const positionField = integerField(1, 999, 'a field position: 1, 2, 3, ...');

/**
 * FAK, then the errors of the interchange itself, then for each acknowledged message its FAM and
 * that message's errors: an FER belongs to the FAM above it, or to the interchange before any FAM.
 */
export function readFunctionalAcknowledgement(body: readonly SegmentLine[], context: MessageContext): ContentOf<FunctionalAcknowledgementMessage> {
  const { header, rest } = splitHeader('FUNCTIONAL-ACK', 'FAK', body, context);
  const fak = header === null ? null : new SegmentReader(header, 'FAK', context.errors);
  const errors: EdiError[] = [];
  const groups: Array<{ reader: SegmentReader<'FAM'>; errors: EdiError[] }> = [];
  for (const segment of rest) {
    if (segment.tag === 'FAM') groups.push({ reader: new SegmentReader(segment, 'FAM', context.errors), errors: [] });
    else if (segment.tag === 'FER') (groups[groups.length - 1]?.errors ?? errors).push(readReportedError(segment, context));
    else context.errors.push(unexpected('FUNCTIONAL-ACK', segment, 'FAK, FER for the interchange, then FAM with its FER for each message'));
  }
  const messages = groups.map(({ reader, errors: messageErrors }): MessageSyntaxResult => {
    const status = reader.required('status', codeField(MESSAGE_SYNTAX_STATUSES, 'message statuses'));
    if (status === 'ACCEPTED' && messageErrors.length > 0) reader.fail('status', 'FIELD_CONFLICT', 'a message with errors listed is REJECTED', 'REJECTED');
    if (status === 'ACCEPTED' && errors.length > 0) reader.fail('status', 'FIELD_CONFLICT', 'errors of the interchange itself reject every message', 'REJECTED');
    return { ref: reader.optional('messageRef', messageRefField), kind: reader.optional('messageKind', codeField(MESSAGE_KINDS, 'message kinds')), status, errors: messageErrors };
  });
  refuseRepeatedRefs(groups.map(({ reader }, index) => ({ reader, ref: messages[index]?.ref ?? null })));
  const status = fak?.required('status', codeField(FUNCTIONAL_ACK_STATUSES, 'functional acknowledgement statuses')) ?? 'REJECTED';
  const agreed = overallStatus(errors, messages);
  if (fak !== null && fak.given('status') && status !== agreed) fak.fail('status', 'FIELD_CONFLICT', 'must agree with the errors and messages listed', agreed);
  return {
    kind: 'FUNCTIONAL-ACK',
    acknowledgedControlNumber: fak?.required('acknowledgedControlNumber', controlNumberField) ?? 0,
    acknowledgedSender: fak === null ? '' : acknowledgedSender(fak, context),
    status,
    errors,
    messages,
  };
}

/** ACCEPTED when nothing is wrong, REJECTED when the interchange or every message is, PARTIAL in between. */
export function overallStatus(interchangeErrors: readonly EdiError[], messages: ReadonlyArray<{ readonly status: 'ACCEPTED' | 'REJECTED' }>): FunctionalAckStatus {
  const accepted = messages.filter((message) => message.status === 'ACCEPTED').length;
  if (interchangeErrors.length > 0 || accepted === 0) return 'REJECTED';
  return accepted === messages.length ? 'ACCEPTED' : 'PARTIAL';
}

export function readApplicationAcknowledgement(body: readonly SegmentLine[], context: MessageContext): ContentOf<ApplicationAcknowledgementMessage> {
  const { header, rest } = splitHeader('APPLICATION-ACK', 'AAK', body, context);
  const aak = header === null ? null : new SegmentReader(header, 'AAK', context.errors);
  const groups: Array<{ reader: SegmentReader<'AAM'>; fieldErrors: RefusedField[]; fieldErrorLines: SegmentLine[] }> = [];
  for (const segment of rest) {
    const group = groups[groups.length - 1];
    if (segment.tag === 'AAM') groups.push({ reader: new SegmentReader(segment, 'AAM', context.errors), fieldErrors: [], fieldErrorLines: [] });
    else if (segment.tag === 'AER' && group !== undefined) {
      group.fieldErrors.push(readRefusedField(segment, context));
      group.fieldErrorLines.push(segment);
    } else context.errors.push(unexpected('APPLICATION-ACK', segment, 'AAK, then for each message its AAM, with AER for each field a refusal names'));
  }
  if (header !== null && groups.length === 0) context.errors.push(missingSegment('APPLICATION-ACK', 'AAM', context.endLine, 'an APPLICATION-ACK answers at least one message'));
  const results = groups.map(({ reader, fieldErrors, fieldErrorLines }) => readResult(reader, fieldErrors, fieldErrorLines, context));
  refuseRepeatedRefs(groups.map(({ reader }, index) => ({ reader, ref: results[index]?.ref ?? null })));
  return {
    kind: 'APPLICATION-ACK',
    acknowledgedControlNumber: aak?.required('acknowledgedControlNumber', controlNumberField) ?? 0,
    acknowledgedSender: aak === null ? '' : acknowledgedSender(aak, context),
    results,
  };
}

function readResult(reader: SegmentReader<'AAM'>, fieldErrors: RefusedField[], fieldErrorLines: readonly SegmentLine[], context: MessageContext): ApplicationResult {
  const ref = reader.required('messageRef', messageRefField);
  const reference = reader.optional('reference', idField);
  const outcome = reader.required('outcome', codeField(['APPLIED', 'REFUSED'] as const, 'outcomes'));
  if (outcome === 'APPLIED') {
    if (reader.given('errorCode')) reader.fail('errorCode', 'FIELD_CONFLICT', 'an APPLIED message has no error', 'empty');
    if (reader.given('text')) reader.fail('text', 'FIELD_CONFLICT', 'an APPLIED message has no error', 'empty');
    context.errors.push(...fieldErrorLines.map((line) => segmentError(line, 'SEGMENT_UNEXPECTED', 'an APPLIED message has no refused fields', 'AER only under a REFUSED AAM')));
    return { ref, outcome, reference };
  }
  return { ref, outcome, reference, code: reader.required('errorCode', domainCodeField), text: reader.required('text', ackTextField), fieldErrors };
}

function readReportedError(segment: SegmentLine, context: MessageContext): EdiError {
  const fer = new SegmentReader(segment, 'FER', context.errors);
  if (fer.given('fieldPosition') !== fer.given('fieldName')) {
    fer.fail(fer.given('fieldPosition') ? 'fieldName' : 'fieldPosition', 'FIELD_CONFLICT', 'a field is named by its position and its name together', 'both, or neither for an error about a whole segment');
  }
  const position = fer.optional('fieldPosition', positionField);
  const name = fer.optional('fieldName', textField(100));
  return {
    code: fer.required('errorCode', codeField(EDI_ERROR_CODES, 'error codes')),
    line: fer.required('line', lineField),
    tag: fer.optional('tag', textField(TAG_MAX)),
    field: position !== null && name !== null ? { position, name } : null,
    rule: fer.required('rule', ackTextField),
    allowed: fer.required('allowed', ackTextField),
  };
}

function readRefusedField(segment: SegmentLine, context: MessageContext): RefusedField {
  const aer = new SegmentReader(segment, 'AER', context.errors);
  return { field: aer.required('field', textField(200)), rule: aer.required('rule', ackTextField), allowed: aer.required('allowed', ackTextField) };
}

/** An acknowledgement goes back to the party whose interchange it answers. */
function acknowledgedSender(reader: SegmentReader<'FAK'> | SegmentReader<'AAK'>, context: MessageContext): string {
  const sender = reader.required('acknowledgedSender', partyField);
  if (sender !== '' && context.receiver !== null && sender !== context.receiver) {
    reader.fail('acknowledgedSender', 'NOT_ALLOWED', 'must be the receiver of this interchange: an acknowledgement answers what its receiver sent', context.receiver);
  }
  return sender;
}

function splitHeader(kind: string, tag: 'FAK' | 'AAK', body: readonly SegmentLine[], context: MessageContext): { header: SegmentLine | null; rest: readonly SegmentLine[] } {
  const [head, ...rest] = body;
  if (head?.tag === tag) return { header: head, rest };
  context.errors.push(missingSegment(kind, tag, head?.line ?? context.endLine, `a ${kind} message starts with ${tag}`));
  return { header: null, rest: body };
}

function unexpected(kind: string, segment: SegmentLine, allowed: string): EdiError {
  if (!isSegmentTag(segment.tag)) return segmentError(segment, 'SEGMENT_UNKNOWN', 'is not a segment of this format', `in a ${kind} message: ${allowed}`);
  return segmentError(segment, 'SEGMENT_UNEXPECTED', `is out of place in a ${kind} message`, allowed);
}

function refuseRepeatedRefs(entries: ReadonlyArray<{ readonly reader: SegmentReader<'FAM'> | SegmentReader<'AAM'>; readonly ref: string | null }>): void {
  const seen = new Set<string>();
  for (const { reader, ref } of entries) {
    if (ref !== null && ref !== '' && seen.has(ref)) reader.fail('messageRef', 'DUPLICATE', 'answers a message already answered here', 'each message once');
    if (ref !== null) seen.add(ref);
  }
}
