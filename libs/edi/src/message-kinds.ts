/** Every message kind, as written in the MSG segment. */
export const MESSAGE_KINDS = [
  'PURCHASE-ORDER',
  'ORDER-CHANGE',
  'ORDER-CANCELLATION',
  'ORDER-ACKNOWLEDGEMENT',
  'PROGRESS-REPORT',
  'SHIPMENT-NOTICE',
  'FUNCTIONAL-ACK',
  'APPLICATION-ACK',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export type MessageDirection = 'from-hub' | 'to-hub' | 'either';

/** Orders flow out to their supplier, answers and progress flow in, acknowledgements both ways. */
export const DIRECTION_OF: Readonly<Record<MessageKind, MessageDirection>> = {
  'PURCHASE-ORDER': 'from-hub',
  'ORDER-CHANGE': 'from-hub',
  'ORDER-CANCELLATION': 'from-hub',
  'ORDER-ACKNOWLEDGEMENT': 'to-hub',
  'PROGRESS-REPORT': 'to-hub',
  'SHIPMENT-NOTICE': 'to-hub',
  'FUNCTIONAL-ACK': 'either',
  'APPLICATION-ACK': 'either',
};

/** Acknowledging an acknowledgement would start a loop between two translators: it is never done. */
export function needsFunctionalAck(kind: MessageKind | null): boolean {
  return kind !== 'FUNCTIONAL-ACK' && kind !== 'APPLICATION-ACK';
}
