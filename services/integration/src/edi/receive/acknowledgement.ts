import {
  RENKEI_HUB,
  applicationAcknowledgementOf,
  functionalAcknowledgementOf,
  type ApplicationOutcome,
  type EdiMessage,
  type Envelope,
  type FunctionalAckStatus,
  type InterchangeParseResult,
  type MessageContent,
  type OutboundControl,
} from '@renkei/edi';

/** What the answer to one received interchange says, for the response headers and the CLI's exit code. */
export interface AcknowledgementSummary {
  /** The functional acknowledgement's verdict; null when none is due (acknowledgements only). */
  readonly functionalStatus: FunctionalAckStatus | null;
  readonly applied: number;
  readonly refused: number;
}

/**
 * The messages of the one interchange that answers a received one: its FUNCTIONAL-ACK (every
 * message needing one, with its syntax errors) then its APPLICATION-ACK (applied or refused, with
 * the domain's code), both as the library builds them. Empty when nothing is due: acknowledgements
 * are never acknowledged. Control and sequence numbers are not part of the content, so the channel
 * takes them only when there is something to send.
 */
export function acknowledgementContents(result: InterchangeParseResult, outcomes: readonly ApplicationOutcome[]): { contents: MessageContent[]; summary: AcknowledgementSummary } {
  // The builders want numbers to put on an interchange of their own: only their messages are kept.
  const unnumbered: OutboundControl = { sender: RENKEI_HUB, controlNumber: 1, sequenceNumber: 1, createdAt: '2000-01-01T00:00:00Z' };
  const functional = functionalAcknowledgementOf(result, unnumbered);
  const received = envelopeOf(result);
  const application = received === null ? null : applicationAcknowledgementOf(received, outcomes, unnumbered);
  const messages = [functional, application].flatMap((built) => (built?.send ? built.interchange.messages : []));
  const contents = messages.map(contentOf);
  let functionalStatus: FunctionalAckStatus | null = null;
  let applied = 0;
  let refused = 0;
  for (const message of messages) {
    if (message.kind === 'FUNCTIONAL-ACK') functionalStatus = message.status;
    if (message.kind === 'APPLICATION-ACK') {
      applied += message.results.filter((result) => result.outcome === 'APPLIED').length;
      refused += message.results.filter((result) => result.outcome === 'REFUSED').length;
    }
  }
  return { contents, summary: { functionalStatus, applied, refused } };
}

function contentOf(message: EdiMessage): MessageContent {
  const { ref: _ref, ...content } = message;
  return content as MessageContent;
}

/** The envelope as read; messages are only ever applied when all of it was (no interchange errors). */
function envelopeOf(result: InterchangeParseResult): Envelope | null {
  const { sender, receiver, controlNumber, sequenceNumber, createdAt } = result.received.envelope;
  if (sender === null || receiver === null || controlNumber === null || sequenceNumber === null || createdAt === null) return null;
  return { sender, receiver, controlNumber, sequenceNumber, createdAt };
}
