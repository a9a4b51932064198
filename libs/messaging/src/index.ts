export * from './envelope';
export * from './event-source';
export * from './inbox';
export * from './in-process-source';
export * from './kafka/kafka-connection';
export * from './kafka/kafka-relay';
export * from './kafka/kafka-event-source';
export * from './keep-running';
