import type { MessageSyntaxResult } from '../acknowledgement-messages';
import type { EdiError } from '../edi-error';
import { RENKEI_HUB } from '../interchange';
import type { InterchangeParseResult } from '../parse/parse-interchange';
import { overallStatus } from '../parse/read-acknowledgements';
import { ACK_TEXT_MAX, fitText } from '../syntax/field-types';
import { TAG_MAX } from '../syntax/segment-reader';
import { interchangeOf, type OutboundControl, type OutboundInterchange } from './outbound-control';

/** A file of garbage would otherwise be answered by a larger file of errors: the first ones say enough. */
export const MAX_REPORTED_ERRORS = 100;

/**
 * The syntax answer to a received interchange (X12 997, EDIFACT CONTRL): ACCEPTED, PARTIAL or
 * REJECTED, with every message that needs one and its errors. Nothing is sent when the
 * interchange held only acknowledgements, or when it cannot be addressed (no readable sender or
 * control number): the channel then reports the errors itself, e.g. in its upload response.
 */
export function functionalAcknowledgementOf(result: InterchangeParseResult, control: OutboundControl): OutboundInterchange {
  if (!result.needsFunctionalAck) return { send: false, why: 'the interchange holds only acknowledgements, which are never acknowledged' };
  const { envelope } = result.received;
  if (envelope.sender === null || envelope.controlNumber === null) {
    return { send: false, why: 'the envelope names no readable sender and control number to answer' };
  }
  if (envelope.sender === control.sender) return { send: false, why: `the interchange came from ${control.sender} itself` };
  if (envelope.sender !== RENKEI_HUB && control.sender !== RENKEI_HUB) return { send: false, why: `every interchange is between ${RENKEI_HUB} and one member: ${envelope.sender} is not ${RENKEI_HUB}` };
  const interchangeErrors = [...result.received.errors];
  if (envelope.receiver !== null && envelope.receiver !== control.sender) {
    interchangeErrors.push({ code: 'NOT_ALLOWED', line: envelope.line ?? 1, tag: 'ENV', field: { position: 3, name: 'receiver' }, rule: `names another receiver than ${control.sender}, which received it`, allowed: control.sender });
  }
  // A ref the sender repeated names no one message (the interchange is refused for it): only its first use keeps it.
  const refs = new Set<string>();
  const firstUse = (ref: string | null): string | null => {
    if (ref === null || refs.has(ref)) return null;
    refs.add(ref);
    return ref;
  };
  const messages = result.received.messages
    .filter((message) => message.needsFunctionalAck)
    .map((message): MessageSyntaxResult => ({
      ref: firstUse(message.ref),
      kind: message.kind,
      status: message.ok && interchangeErrors.length === 0 ? 'ACCEPTED' : 'REJECTED',
      errors: message.ok ? [] : reported(message.errors),
    }));
  const errors = reported(interchangeErrors);
  const status = overallStatus(errors, messages);
  const ack = { kind: 'FUNCTIONAL-ACK', acknowledgedControlNumber: envelope.controlNumber, acknowledgedSender: envelope.sender, status, errors, messages } as const;
  return { send: true, interchange: interchangeOf(control, envelope.sender, [ack]) };
}

/** Errors quote received text: clipped and cleaned so the acknowledgement is itself valid. */
function reported(errors: readonly EdiError[]): EdiError[] {
  return errors.slice(0, MAX_REPORTED_ERRORS).map((error) => ({
    ...error,
    tag: error.tag === null ? null : fitText(error.tag, TAG_MAX),
    field: error.field === null ? null : { position: Math.min(Math.max(error.field.position, 1), 999), name: fitText(error.field.name, 100) },
    rule: fitText(error.rule, ACK_TEXT_MAX),
    allowed: fitText(error.allowed, ACK_TEXT_MAX),
  }));
}
