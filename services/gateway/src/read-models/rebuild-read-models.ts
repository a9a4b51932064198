import type { Pool } from 'pg';
import { type EventStore, type GlobalPosition } from '@renkei/event-store';
import { envelopeOf } from '@renkei/messaging';
import type { ReadModelProjection } from './read-model-projection';
import type { ReadModelSchema } from './read-model-schema';

export interface RebuildReport {
  readonly events: number;
  readonly applied: number;
  readonly elapsedMs: number;
}

const PAGE_SIZE = 2000;

/**
 * Empties the read models and replays the whole global log into them, in one transaction:
 * readers see the old rows until the new ones are complete, and the live consumer waits on
 * the table locks, then goes on from its own checkpoint (its events are applied once, as
 * every projection ignores a stream revision it already holds). Replaying twice gives the
 * same rows.
 */
export async function rebuildReadModels(store: EventStore, db: Pool, schema: ReadModelSchema, projections: readonly ReadModelProjection[]): Promise<RebuildReport> {
  const started = performance.now();
  const client = await db.connect();
  let events = 0;
  let applied = 0;
  try {
    await client.query('BEGIN');
    const tables = schema.tables.all.map((table) => table.name).join(', ');
    await client.query(`LOCK TABLE ${tables} IN ACCESS EXCLUSIVE MODE`);
    await client.query(`TRUNCATE ${tables}`);
    let after: GlobalPosition | undefined;
    for (;;) {
      const page = await store.readAll({ ...(after === undefined ? {} : { after }), limit: PAGE_SIZE });
      if (page.length === 0) break;
      after = page[page.length - 1]?.position;
      events += page.length;
      const envelopes = page.map(envelopeOf);
      for (const projection of projections) {
        const relevant = envelopes.filter((event) => projection.eventTypes.includes(event.type));
        applied += relevant.length;
        if (relevant.length > 0) await projection.apply(relevant, client);
      }
      if (page.length < PAGE_SIZE) break;
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  await schema.markRebuilt(db);
  return { events, applied, elapsedMs: performance.now() - started };
}
