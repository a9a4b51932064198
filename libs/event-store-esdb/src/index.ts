export * from './esdb-event-store';
export * from './esdb-error-mapping';
export { CHECKPOINT_EVENT_TYPE, CHECKPOINT_STREAM_PREFIX } from './esdb-checkpoints';
