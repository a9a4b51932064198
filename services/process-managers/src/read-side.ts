import type { PoolClient } from 'pg';
import type { Migration } from '@renkei/event-store-postgres';

/**
 * Where the process managers keep their own index tables: the read schema, through the
 * consumer's transaction, so an index row commits with the inbox row of its event.
 */
export interface ReadSide {
  readonly transaction: PoolClient;
  readonly schema: string;
}

/** One manager's tables, migrated under its own component name so each evolves on its own. */
export interface ManagerTables {
  readonly component: string;
  readonly migrations: readonly Migration[];
}

export const PROCESS_MANAGERS_READ_SCHEMA = Symbol('ProcessManagersReadSchema');
