// A harness shared by this service's integration specs; not exported from the index, not built.
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { handleCommand, type Decider, type DomainEvent } from '@renkei/command-handling';
import type { EventEnvelope } from '@renkei/contracts';
import type { JsonObject } from '@renkei/event-store';
import { migrate, openPostgresEventStore, type PostgresEventStore } from '@renkei/event-store-postgres';
import { envelopeOf } from '@renkei/messaging';
import type { ProcessManager } from '@renkei/process-managers';
import { PROCESS_MANAGER_TABLES } from './process-manager-runner';
import type { ReadSide } from './read-side';

/** A real event store and read schema (one PostgreSQL schema), with deliveries made the way the runner makes them. */
export class ManagerHarness {
  private constructor(
    readonly store: PostgresEventStore,
    readonly pool: Pool,
    readonly schema: string,
  ) {}

  static async open(connectionString: string, schema: string): Promise<ManagerHarness> {
    const store = await openPostgresEventStore({ connectionString, schema });
    const pool = new Pool({ connectionString, max: 4 });
    for (const tables of PROCESS_MANAGER_TABLES) await migrate(pool, schema, tables.migrations, tables.component);
    return new ManagerHarness(store, pool, schema);
  }

  /** Runs a command as its service would (read → decide → append) and returns the envelopes of what it recorded. */
  async command<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: Command,
    metadata: JsonObject = {},
  ): Promise<EventEnvelope[]> {
    const outcome = await handleCommand(this.store, streamId, decider, command, { idempotencyName: `test/${randomUUID()}`, fingerprint: 'test', metadata });
    const history = await this.store.readStream(streamId);
    return history.filter((event) => outcome.eventIds.includes(event.id)).map(envelopeOf);
  }

  /**
   * Delivers one event the way the runner does: inside one transaction with the manager's index
   * writes. `crash` rolls the transaction back, as a crash before the inbox commit would; the
   * commands already appended to the store stay, and the event is delivered again later.
   */
  async deliver(manager: ProcessManager<ReadSide>, event: EventEnvelope, options: { readonly crash?: boolean } = {}): Promise<void> {
    const transaction = await this.pool.connect();
    try {
      await transaction.query('BEGIN');
      if (manager.handles.includes(event.type)) await manager.react(event, this.store, { transaction, schema: this.schema });
      await transaction.query(options.crash === true ? 'ROLLBACK' : 'COMMIT');
    } catch (error) {
      await transaction.query('ROLLBACK');
      throw error;
    } finally {
      transaction.release();
    }
  }

  async deliverAll(manager: ProcessManager<ReadSide>, events: readonly EventEnvelope[]): Promise<void> {
    for (const event of events) await this.deliver(manager, event);
  }

  async typesIn(streamId: string): Promise<string[]> {
    return (await this.store.readStream(streamId)).map((event) => event.type);
  }

  async close(): Promise<void> {
    await this.pool.end();
    await this.store.close();
  }
}
