import type { Admin, Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import type { EventStore } from '@renkei/event-store';
import type { ReadinessCheck } from './readiness';

export function databaseCheck(pool: Pool): ReadinessCheck {
  return { name: 'database', probe: async () => void (await pool.query('SELECT 1')) };
}

/** Reads a checkpoint: in PostgreSQL that touches the event store's own migrated tables; in EventStoreDB it is a round trip. */
export function eventStoreCheck(store: EventStore): ReadinessCheck {
  return { name: 'event store', probe: async () => void (await store.readCheckpoint('readiness-probe')) };
}

/**
 * The read side's tables exist in this schema. The process applied its migrations before it
 * started answering; this notices a schema dropped or restored from an older backup since.
 */
export function migrationsCheck(pool: Pool, readSchema: string): ReadinessCheck {
  return { name: 'migrations', probe: async () => void (await pool.query(`SELECT 1 FROM "${readSchema}".consumer_inbox LIMIT 0`)) };
}

/** One admin connection kept for the probes (connecting per probe would cost a broker handshake every few seconds). */
export function kafkaCheck(kafka: Kafka): ReadinessCheck & { close(): Promise<void> } {
  let admin: Admin | undefined;
  return {
    name: 'kafka',
    probe: async () => {
      if (admin === undefined) {
        const connecting = kafka.admin();
        await connecting.connect();
        admin = connecting;
      }
      try {
        const cluster = await admin.describeCluster();
        if (cluster.brokers.length === 0) throw new Error('no broker answered');
      } catch (error) {
        const broken = admin;
        admin = undefined; // reconnect at the next probe
        await broken.disconnect().catch(() => undefined);
        throw error;
      }
    },
    close: async () => admin?.disconnect(),
  };
}
