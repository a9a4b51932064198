export { PostgresEventStore, openPostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';
export { migrate } from './migrate';
export type { Migration } from './migrations';
