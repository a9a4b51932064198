import type { EventStore } from '@renkei/event-store';
import { EsdbEventStore } from '@renkei/event-store-esdb';
import { openPostgresEventStore } from '@renkei/event-store-postgres';

export interface EventStoreChoice {
  readonly EVENT_STORE: 'postgres' | 'esdb';
  readonly DATABASE_URL: string;
  readonly ESDB_CONNECTION_STRING?: string | undefined;
  readonly RENKEI_EVENT_SCHEMA: string;
}

/**
 * The log, where EVENT_STORE says: PostgreSQL (migrated on open) or EventStoreDB. Read models,
 * inboxes and webhooks stay in PostgreSQL either way; only the events move.
 */
export async function openEventStore(choice: EventStoreChoice): Promise<EventStore> {
  if (choice.EVENT_STORE === 'esdb') {
    if (choice.ESDB_CONNECTION_STRING === undefined) throw new Error('ESDB_CONNECTION_STRING: is required when EVENT_STORE=esdb');
    return new EsdbEventStore(choice.ESDB_CONNECTION_STRING);
  }
  return openPostgresEventStore({ connectionString: choice.DATABASE_URL, schema: choice.RENKEI_EVENT_SCHEMA });
}
