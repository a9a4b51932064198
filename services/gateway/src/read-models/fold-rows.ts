import { setImmediate as ioTurn } from 'node:timers/promises';
import type { EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';
import type { Rebuild } from './read-model-projection';
import type { ReadModelTable } from './read-model-table';

/** How one read model's rows follow the events: which row an event touches, and the pure step. */
export interface RowProjection<Row extends object> {
  readonly table: ReadModelTable<Row>;
  /** The key of the row an event touches (the row's key properties), or null when it touches none. */
  keyOf(event: EventEnvelope): Partial<Row> | null;
  keyString(key: Partial<Row>): string;
  evolve(row: Row | null, event: EventEnvelope): Row | null;
}

interface Touch<Row> {
  readonly event: EventEnvelope;
  readonly key: Partial<Row>;
  readonly id: string;
}

function touchesOf<Row extends object>(projection: RowProjection<Row>, events: readonly EventEnvelope[]): Array<Touch<Row>> {
  return events.flatMap((event) => {
    const key = projection.keyOf(event);
    return key === null ? [] : [{ event, key, id: projection.keyString(key) }];
  });
}

const uniqueKeys = <Row>(touches: ReadonlyArray<Touch<Row>>): Array<Partial<Row>> => [...new Map(touches.map(({ key, id }) => [id, key])).values()];

/**
 * Applies a batch to one read model: the rows it touches are loaded with one statement,
 * folded in memory, and the changed ones saved with one. Returns every row the batch
 * touched, as it now stands, by key string.
 */
export async function foldRows<Row extends object>(projection: RowProjection<Row>, events: readonly EventEnvelope[], transaction: PoolClient): Promise<Map<string, Row>> {
  const touched = touchesOf(projection, events);
  const rows = new Map<string, Row>();
  if (touched.length === 0) return rows;
  for (const row of await projection.table.loadMany(transaction, uniqueKeys(touched))) rows.set(projection.keyString(row), row);
  const changed = new Set<string>();
  for (const { event, id } of touched) {
    const current = rows.get(id) ?? null;
    const next = projection.evolve(current, event);
    if (next === null || next === current) continue;
    rows.set(id, next);
    changed.add(id);
  }
  await projection.table.saveMany(transaction, [...changed].map((id) => rows.get(id) as Row));
  return rows;
}

interface HeldRow<Row> {
  readonly row: Row;
  /** Read from the table (so written by an earlier flush), rather than made in memory. */
  readonly stored: boolean;
  readonly changed: boolean;
}

/** Rows per COPY statement when a read model's held rows are written. */
const INSERT_CHUNK = 1000;

/**
 * One read model's rows during a rebuild, into a table the rebuild emptied. Rows are held in
 * memory across pages and folded there with the same `evolve`, so a row is neither loaded nor
 * rewritten for every page it appears in; held rows are written once, new ones with COPY.
 * Past `maxHeldRows`, every held row is written and let go, so memory stays bounded on any log;
 * from then on a key not held may be in the table, so each page loads the keys it misses, as
 * foldRows does, and the rows read back are upserted when they change again.
 */
export class ReplayedRows<Row extends object> {
  private readonly held = new Map<string, HeldRow<Row>>();
  private flushed = false;

  constructor(
    private readonly projection: RowProjection<Row>,
    private readonly rebuild: Rebuild,
  ) {}

  /** Folds a page; returns every row it touched, as it now stands, by key string (as foldRows does). */
  async fold(events: readonly EventEnvelope[]): Promise<Map<string, Row>> {
    const { table, keyString, evolve } = this.projection;
    const touched = touchesOf(this.projection, events);
    const missing = this.flushed ? uniqueKeys(touched.filter(({ id }) => !this.held.has(id))) : [];
    if (missing.length > 0) {
      // Behind every write sent so far, so it reads them.
      const stored = await this.rebuild.statements.send((transaction) => table.loadMany(transaction, missing));
      for (const row of stored) this.held.set(keyString(row), { row, stored: true, changed: false });
    }
    for (const { event, id } of touched) {
      const held = this.held.get(id);
      const current = held?.row ?? null;
      const next = evolve(current, event);
      if (next === null || next === current) continue;
      this.held.set(id, { row: next, stored: held?.stored ?? false, changed: true });
    }
    const rows = new Map<string, Row>();
    for (const { id } of touched) {
      const held = this.held.get(id);
      if (held !== undefined) rows.set(id, held.row);
    }
    if (this.held.size > this.rebuild.maxHeldRows) await this.flush();
    return rows;
  }

  /** Sends the held rows that changed (not waiting for them to be written) and lets go of every held row. */
  async flush(): Promise<void> {
    const { table } = this.projection;
    const { statements } = this.rebuild;
    const fresh: Row[] = [];
    const stored: Row[] = [];
    for (const { row, stored: fromTable, changed } of this.held.values()) if (changed) (fromTable ? stored : fresh).push(row);
    this.held.clear();
    this.flushed = true;
    for (let start = 0; start < fresh.length; start += INSERT_CHUNK) {
      void statements.send(table.insertion(fresh.slice(start, start + INSERT_CHUNK)));
      await ioTurn(); // the chunk goes out, and PostgreSQL copies it while the next one is encoded
    }
    void statements.send((transaction) => table.saveMany(transaction, stored));
  }
}
