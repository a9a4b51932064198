import { assertNever } from '../assert-never';
import type { ApplicationResult, RefusedField } from '../acknowledgement-messages';
import type { EdiMessage, Envelope } from '../interchange';
import { needsFunctionalAck } from '../message-kinds';
import { ACK_TEXT_MAX, domainCodeField, fitText } from '../syntax/field-types';
import { interchangeOf, type OutboundControl, type OutboundInterchange } from './outbound-control';

/** What applying one message came to: the command went through, or the domain refused it (problem details). */
export type ApplicationOutcome =
  | { readonly message: EdiMessage; readonly applied: true }
  | {
      readonly message: EdiMessage;
      readonly applied: false;
      /** The problem's stable code, e.g. ORDERS.ALREADY_ACKNOWLEDGED; null when the answer had none. */
      readonly code: string | null;
      readonly text: string;
      readonly fieldErrors?: readonly RefusedField[];
    };

/** Used when a refusal came without a code of the CONTEXT.REASON form, so the message still says "refused". */
export const UNCODED_REFUSAL = 'REQUEST.REFUSED';

/**
 * The business answer to the messages of `received` that passed syntax (X12 824, EDIFACT APERAK):
 * each applied, or refused with the domain's code and message. Acknowledgements among them get
 * no answer; with nothing left to answer, nothing is sent.
 */
export function applicationAcknowledgementOf(received: Envelope, outcomes: readonly ApplicationOutcome[], control: OutboundControl): OutboundInterchange {
  const results = outcomes.filter((outcome) => needsFunctionalAck(outcome.message.kind)).map(resultOf);
  if (results.length === 0) return { send: false, why: 'no business message to answer: acknowledgements are never acknowledged' };
  const ack = { kind: 'APPLICATION-ACK', acknowledgedControlNumber: received.controlNumber, acknowledgedSender: received.sender, results } as const;
  return { send: true, interchange: interchangeOf(control, received.sender, [ack]) };
}

/** The business document a message is about, so a partner's people can find it without the file. */
export function referenceOf(message: EdiMessage): string | null {
  switch (message.kind) {
    case 'PURCHASE-ORDER':
    case 'ORDER-CHANGE':
    case 'ORDER-CANCELLATION':
    case 'ORDER-ACKNOWLEDGEMENT':
    case 'SHIPMENT-NOTICE':
      return message.orderId;
    case 'PROGRESS-REPORT':
      return message.poId;
    case 'FUNCTIONAL-ACK':
    case 'APPLICATION-ACK':
      return null;
    default:
      return assertNever(message);
  }
}

function resultOf(outcome: ApplicationOutcome): ApplicationResult {
  const { ref } = outcome.message;
  const reference = referenceOf(outcome.message);
  if (outcome.applied) return { ref, outcome: 'APPLIED', reference };
  const code = outcome.code !== null && domainCodeField.read(outcome.code).ok ? outcome.code : UNCODED_REFUSAL;
  return {
    ref,
    outcome: 'REFUSED',
    reference,
    code,
    text: fitText(outcome.text, ACK_TEXT_MAX),
    fieldErrors: (outcome.fieldErrors ?? []).map(({ field, rule, allowed }) => ({ field: fitText(field, 200), rule: fitText(rule, ACK_TEXT_MAX), allowed: fitText(allowed, ACK_TEXT_MAX) })),
  };
}
