import type { EdiError } from './edi-error';
import type { MessageKind } from './message-kinds';

// Acknowledgements travel both ways and are never acknowledged themselves.

export const FUNCTIONAL_ACK_STATUSES = ['ACCEPTED', 'PARTIAL', 'REJECTED'] as const;
export type FunctionalAckStatus = (typeof FUNCTIONAL_ACK_STATUSES)[number];

export const MESSAGE_SYNTAX_STATUSES = ['ACCEPTED', 'REJECTED'] as const;
export type MessageSyntaxStatus = (typeof MESSAGE_SYNTAX_STATUSES)[number];

/** The syntax verdict on one received message; ref and kind are null when its MSG segment was unreadable. */
export interface MessageSyntaxResult {
  readonly ref: string | null;
  readonly kind: MessageKind | null;
  readonly status: MessageSyntaxStatus;
  readonly errors: readonly EdiError[];
}

/** Answers one received interchange: was it readable, message by message (X12 997, EDIFACT CONTRL). */
export interface FunctionalAcknowledgementMessage {
  readonly kind: 'FUNCTIONAL-ACK';
  readonly ref: string;
  readonly acknowledgedControlNumber: number;
  readonly acknowledgedSender: string;
  readonly status: FunctionalAckStatus;
  /** Errors of the interchange itself (envelope, trailer, stray segments): they reject every message. */
  readonly errors: readonly EdiError[];
  readonly messages: readonly MessageSyntaxResult[];
}

/** A field the domain refused, as its problem details named it. */
export interface RefusedField {
  readonly field: string;
  readonly rule: string;
  readonly allowed: string;
}

export type ApplicationResult =
  | { readonly ref: string; readonly outcome: 'APPLIED'; readonly reference: string | null }
  | {
      readonly ref: string;
      readonly outcome: 'REFUSED';
      readonly reference: string | null;
      /** The domain's stable error code, e.g. ORDERS.ALREADY_ACKNOWLEDGED. */
      readonly code: string;
      readonly text: string;
      readonly fieldErrors: readonly RefusedField[];
    };

/** Answers the messages of one interchange that passed syntax: applied, or refused by the domain (X12 824, EDIFACT APERAK). */
export interface ApplicationAcknowledgementMessage {
  readonly kind: 'APPLICATION-ACK';
  readonly ref: string;
  readonly acknowledgedControlNumber: number;
  readonly acknowledgedSender: string;
  readonly results: readonly ApplicationResult[];
}
