import type { Interchange, MessageContent } from '../interchange';

/** What the sending side owns and passes in: who it is, its next control and sequence numbers, and the time. */
export interface OutboundControl {
  readonly sender: string;
  readonly controlNumber: number;
  /** The next number of the sender → receiver pair. */
  readonly sequenceNumber: number;
  /** ISO 8601 in UTC. */
  readonly createdAt: string;
}

/** Builders answer "send this" or say why nothing is sent, so a caller never sends an empty or unaddressable file. */
export type OutboundInterchange = { readonly send: true; readonly interchange: Interchange } | { readonly send: false; readonly why: string };

/** Puts messages into one interchange to `receiver`, numbering them 1, 2, 3, ... */
export function interchangeOf(control: OutboundControl, receiver: string, contents: readonly MessageContent[]): Interchange {
  const { sender, controlNumber, sequenceNumber, createdAt } = control;
  return {
    envelope: { sender, receiver, controlNumber, sequenceNumber, createdAt },
    messages: contents.map((content, index) => ({ ...content, ref: String(index + 1) })),
  };
}
