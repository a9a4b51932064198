import type { ApplicationAcknowledgementMessage, FunctionalAcknowledgementMessage } from './acknowledgement-messages';
import type { OrderCancellationMessage, OrderChangeMessage, PurchaseOrderMessage } from './order-messages';
import type { OrderAcknowledgementMessage, ProgressReportMessage, ShipmentNoticeMessage } from './partner-messages';

/** The first field of every ENV segment: the format and its version. */
export const SYNTAX_VERSION = 'renkei-edi/1';

/**
 * The backbone's own party id. Upper case, so it can never be a member company's id (those are
 * lower-case slugs): every interchange is between RENKEI and one member.
 */
export const RENKEI_HUB = 'RENKEI';

/** Control numbers print as 9 digits, as X12's ISA13 does, so files sort and line up. */
export function controlNumberText(controlNumber: number): string {
  return String(controlNumber).padStart(9, '0');
}

export interface Envelope {
  readonly sender: string;
  readonly receiver: string;
  /** Unique per sender; what acknowledgements and idempotency keys refer to. */
  readonly controlNumber: number;
  /** 1, 2, 3, ... per sender → receiver pair, so the receiver sees a gap. */
  readonly sequenceNumber: number;
  /** ISO 8601 in UTC, e.g. 2026-11-20T09:00:00Z. */
  readonly createdAt: string;
}

export type EdiMessage =
  | PurchaseOrderMessage
  | OrderChangeMessage
  | OrderCancellationMessage
  | OrderAcknowledgementMessage
  | ProgressReportMessage
  | ShipmentNoticeMessage
  | FunctionalAcknowledgementMessage
  | ApplicationAcknowledgementMessage;

/** A message before it is put into an interchange, which numbers it (distributes over unions of shapes). */
export type ContentOf<Message> = Message extends unknown ? Omit<Message, 'ref'> : never;

export type MessageContent = ContentOf<EdiMessage>;

/** The counts of the trailer are not kept: the printer computes them, the parser checks them. */
export interface Interchange {
  readonly envelope: Envelope;
  readonly messages: readonly EdiMessage[];
}
