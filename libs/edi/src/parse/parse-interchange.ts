import type { EdiError } from '../edi-error';
import type { EdiMessage, Envelope, Interchange } from '../interchange';
import { layoutOf } from './interchange-layout';
import { checkTrailer, readEnvelope, type ReceivedEnvelope } from './read-envelope';
import { readMessage, sortedByPlace, type ReceivedMessage } from './read-message';

/** Everything the parser could tell, even of a broken interchange: what a functional acknowledgement reports. */
export interface ReceivedInterchange {
  readonly envelope: ReceivedEnvelope;
  /** Errors of the interchange itself: envelope, trailer, counts, segments outside messages. They reject every message. */
  readonly errors: readonly EdiError[];
  readonly messages: readonly ReceivedMessage[];
}

export type InterchangeParseResult =
  | { readonly ok: true; readonly interchange: Interchange; readonly received: ReceivedInterchange; readonly needsFunctionalAck: boolean }
  | { readonly ok: false; readonly errors: readonly EdiError[]; readonly received: ReceivedInterchange; readonly needsFunctionalAck: boolean };

/**
 * Reads an interchange, never throwing: either all of it, or every error found, each naming line,
 * segment, field, rule and what is allowed. Errors are kept per message, so the functional
 * acknowledgement can accept good messages beside bad ones (`applicableMessages`).
 */
export function parseInterchange(text: string): InterchangeParseResult {
  const layout = layoutOf(text);
  const interchangeErrors = [...layout.errors];
  const envelope = readEnvelope(layout.header, interchangeErrors);
  const messages = layout.blocks.map((block) => readMessage(block, envelope));
  checkTrailer(layout.trailer, envelope, { messages: layout.blocks.length, segments: layout.segmentCount }, interchangeErrors);
  interchangeErrors.push(...repeatedRefs(messages));
  if (layout.header !== null && layout.blocks.length === 0) {
    interchangeErrors.push({ code: 'SEGMENT_MISSING', line: layout.trailer?.line ?? layout.endOfText, tag: 'MSG', field: null, rule: 'an interchange carries at least one message', allowed: 'MSG|messageRef|messageKind, its segments, END|messageRef' });
  }
  const received: ReceivedInterchange = { envelope, errors: sortedByPlace(interchangeErrors), messages };
  // An interchange that shows no message at all may have been meant as anything: it is answered.
  const needsFunctionalAck = messages.length === 0 || messages.some((message) => message.needsFunctionalAck);
  const errors = sortedByPlace([...received.errors, ...messages.flatMap((message) => (message.ok ? [] : message.errors))]);
  const complete = completeEnvelope(envelope);
  if (errors.length > 0 || complete === null) return { ok: false, errors, received, needsFunctionalAck };
  return { ok: true, interchange: { envelope: complete, messages: messages.flatMap((message) => (message.ok ? [message.message] : [])) }, received, needsFunctionalAck };
}

/**
 * The messages that passed syntax, when the interchange itself did: what the application may apply.
 * When the envelope or the trailer is wrong, nothing is applied (the file may be cut short).
 */
export function applicableMessages(result: InterchangeParseResult): EdiMessage[] {
  if (result.received.errors.length > 0) return [];
  return result.received.messages.flatMap((message) => (message.ok ? [message.message] : []));
}

/** Message refs name messages in acknowledgements: two messages with one ref could not be told apart. */
function repeatedRefs(messages: readonly ReceivedMessage[]): EdiError[] {
  const seen = new Set<string>();
  return messages.flatMap((message) => {
    if (message.ref === null) return [];
    const repeated = seen.has(message.ref);
    seen.add(message.ref);
    return repeated ? [{ code: 'DUPLICATE', line: message.line, tag: 'MSG', field: { position: 1, name: 'messageRef' }, rule: 'names a message already in this interchange', allowed: 'a messageRef used once per interchange' } as const] : [];
  });
}

function completeEnvelope(envelope: ReceivedEnvelope): Envelope | null {
  const { sender, receiver, controlNumber, sequenceNumber, createdAt } = envelope;
  if (sender === null || receiver === null || controlNumber === null || sequenceNumber === null || createdAt === null) return null;
  return { sender, receiver, controlNumber, sequenceNumber, createdAt };
}
