// The AsyncAPI 3 contract of the Kafka topics, generated from the event schemas of libs/contracts.
export * from './asyncapi-document';
export * from './published-events';
export { STREAM_ID_PREFIXES, cloudEventTypeHeader } from './cloud-event-headers';
