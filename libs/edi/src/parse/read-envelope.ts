import type { EdiError } from '../edi-error';
import { RENKEI_HUB, SYNTAX_VERSION, controlNumberText } from '../interchange';
import { codeField, controlNumberField, integerField, partyField, timestampField } from '../syntax/field-types';
import type { SegmentLine } from '../syntax/segment-line';
import { SegmentReader } from '../syntax/segment-reader';

/** The envelope as far as it could be read: a field is null when it was missing or bad. */
export interface ReceivedEnvelope {
  /** The line of ENV, null when there was none. */
  readonly line: number | null;
  readonly sender: string | null;
  readonly receiver: string | null;
  readonly controlNumber: number | null;
  readonly sequenceNumber: number | null;
  readonly createdAt: string | null;
}

export const UNREAD_ENVELOPE: ReceivedEnvelope = { line: null, sender: null, receiver: null, controlNumber: null, sequenceNumber: null, createdAt: null };

export const sequenceNumberField = integerField(1, 999_999_999, '1, 2, 3, ... per sender and receiver');
const countField = integerField(0, 999_999_999, 'the number counted, e.g. 2');

export function readEnvelope(header: SegmentLine | null, errors: EdiError[]): ReceivedEnvelope {
  if (header === null) return UNREAD_ENVELOPE;
  const env = new SegmentReader(header, 'ENV', errors);
  env.required('syntaxVersion', codeField([SYNTAX_VERSION], 'syntax versions this reader knows'));
  const envelope = {
    line: header.line,
    sender: env.requiredOrNull('sender', partyField),
    receiver: env.requiredOrNull('receiver', partyField),
    controlNumber: env.requiredOrNull('controlNumber', controlNumberField),
    sequenceNumber: env.requiredOrNull('sequenceNumber', sequenceNumberField),
    createdAt: env.requiredOrNull('createdAt', timestampField),
  };
  const { sender, receiver } = envelope;
  if (sender !== null && receiver !== null) {
    if (sender === receiver) env.fail('receiver', 'FIELD_CONFLICT', 'must differ from the sender', 'the other party');
    else if (sender !== RENKEI_HUB && receiver !== RENKEI_HUB) env.fail('receiver', 'NOT_ALLOWED', `must be ${RENKEI_HUB} when the sender is a member: every interchange is between ${RENKEI_HUB} and one member`, RENKEI_HUB);
  }
  return envelope;
}

/** The trailer's counts let a receiver tell a complete file from one cut short or pasted together. */
export function checkTrailer(trailer: SegmentLine | null, envelope: ReceivedEnvelope, counted: { messages: number; segments: number }, errors: EdiError[]): void {
  if (trailer === null) return;
  const trl = new SegmentReader(trailer, 'TRL', errors);
  const controlNumber = trl.requiredOrNull('controlNumber', controlNumberField);
  const messageCount = trl.requiredOrNull('messageCount', countField);
  const segmentCount = trl.requiredOrNull('segmentCount', countField);
  if (controlNumber !== null && envelope.controlNumber !== null && controlNumber !== envelope.controlNumber) {
    trl.fail('controlNumber', 'REFERENCE_MISMATCH', 'must repeat the control number of ENV', controlNumberText(envelope.controlNumber));
  }
  if (messageCount !== null && messageCount !== counted.messages) {
    trl.fail('messageCount', 'COUNT_MISMATCH', 'must count the MSG segments of the interchange', String(counted.messages));
  }
  if (segmentCount !== null && segmentCount !== counted.segments) {
    trl.fail('segmentCount', 'COUNT_MISMATCH', 'must count every segment, ENV and TRL included (blank lines are not segments)', String(counted.segments));
  }
}
