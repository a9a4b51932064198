import type { Pool } from 'pg';
import { type EventStore, type GlobalPosition, type RecordedEvent } from '@renkei/event-store';
import { envelopeOf } from '@renkei/messaging';
import { StatementQueue, type ReadModelProjection } from './read-model-projection';
import type { ReadModelSchema } from './read-model-schema';

export interface RebuildReport {
  readonly events: number;
  readonly applied: number;
  readonly elapsedMs: number;
}

export interface RebuildOptions {
  /** Rows each read model holds in memory before writing them all and letting go: what bounds a rebuild's memory. */
  readonly maxHeldRows?: number;
  /** Events read at a time. */
  readonly pageSize?: number;
}

const PAGE_SIZE = 2000;
/**
 * A work item row takes 1 to 2 kB in memory, a purchase order some 0.5 kB per line: a few tens of
 * MB in all, typically. A larger bound rewrites fewer rows on a log whose rows change far apart.
 */
const MAX_HELD_ROWS = 5000;

/**
 * Empties the read models and replays the whole global log into them, in one transaction:
 * readers see the old rows until the new ones are complete, and the live consumer waits on
 * the table locks, then goes on from its own checkpoint (its events are applied once, as
 * every projection ignores a stream revision it already holds). Replaying twice gives the
 * same rows, and the same rows as the consumer's batches: each projection's `replay` folds
 * with the same pure steps, only holding rows across pages and writing them later (see
 * ReplayedRows). Three things overlap: while PostgreSQL writes one page's rows, the next page
 * is folded, and the one after it read on another connection.
 */
export async function rebuildReadModels(
  store: EventStore,
  db: Pool,
  schema: ReadModelSchema,
  projections: readonly ReadModelProjection[],
  options: RebuildOptions = {},
): Promise<RebuildReport> {
  const started = performance.now();
  const client = await db.connect();
  let events = 0;
  let applied = 0;
  let statements: StatementQueue | undefined;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const read = (after: GlobalPosition | undefined): Promise<RecordedEvent[]> => {
    const page = store.readAll({ ...(after === undefined ? {} : { after }), limit: pageSize });
    page.catch(() => undefined); // handled when awaited, not reported as unhandled meanwhile
    return page;
  };
  try {
    const first = read(undefined); // while the tables are emptied
    await client.query('BEGIN');
    const tables = schema.tables.all.map((table) => table.name).join(', ');
    await client.query(`LOCK TABLE ${tables} IN ACCESS EXCLUSIVE MODE`);
    await client.query(`TRUNCATE ${tables}`);
    statements = new StatementQueue(client);
    const rebuild = { statements, maxHeldRows: options.maxHeldRows ?? MAX_HELD_ROWS };
    const replays = projections.map((projection) => ({ eventTypes: projection.eventTypes, replay: projection.replay(rebuild) }));
    for (let next = first; ; ) {
      const page = await next;
      if (page.length === 0) break;
      next = page.length < pageSize ? Promise.resolve([]) : read(page[page.length - 1]?.position);
      events += page.length;
      const envelopes = page.map(envelopeOf);
      for (const { eventTypes, replay } of replays) {
        const relevant = envelopes.filter((event) => eventTypes.includes(event.type));
        applied += relevant.length;
        if (relevant.length > 0) await replay.apply(relevant);
      }
      await statements.endPage();
    }
    for (const { replay } of replays) await replay.finish();
    await statements.waitForAll();
    await client.query('COMMIT');
  } catch (error) {
    // A statement still queued must not run after the rollback, outside any transaction.
    await statements?.abandon();
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  await schema.markRebuilt(db);
  return { events, applied, elapsedMs: performance.now() - started };
}
