export { PostgresEventStore, openPostgresEventStore, type PostgresEventStoreOptions, type LogBacklog } from './postgres-event-store';
export { APPEND_SPAN, APPENDED_EVENTS, APPEND_DURATION } from './append-telemetry';
export { migrate } from './migrate';
export type { Migration } from './migrations';
