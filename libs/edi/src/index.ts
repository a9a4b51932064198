// The thin EDI-like feed (docs/edi.md): format, parser, printer, acknowledgements, and the mapping to
// the REST API and from orders events. Pure: no I/O, no clock; control numbers and time are passed in.
export * from './edi-error';
export * from './message-kinds';
export * from './interchange';
export * from './order-messages';
export * from './partner-messages';
export * from './acknowledgement-messages';
export * from './sequence';
export { parseInterchange, applicableMessages, type InterchangeParseResult, type ReceivedInterchange } from './parse/parse-interchange';
export type { ReceivedMessage } from './parse/read-message';
export type { ReceivedEnvelope } from './parse/read-envelope';
export { printInterchange } from './print/print-interchange';
export { interchangeOf, type OutboundControl, type OutboundInterchange } from './acknowledge/outbound-control';
export { functionalAcknowledgementOf, MAX_REPORTED_ERRORS } from './acknowledge/functional-acknowledgement';
export { applicationAcknowledgementOf, referenceOf, UNCODED_REFUSAL, type ApplicationOutcome } from './acknowledge/application-acknowledgement';
export { commandRequestOf, idempotencyKeyOf, type CommandMapping, type CommandRequest } from './map/command-requests';
export { outboundMessageOf, type OrderParties, type OrdersEventForEdi, type OutboundMessage } from './map/outbound-messages';
