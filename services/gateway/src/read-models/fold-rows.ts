import type { EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';
import type { ReadModelTable } from './read-model-table';

/** How one read model's rows follow the events: which row an event touches, and the pure step. */
export interface RowProjection<Row extends object> {
  readonly table: ReadModelTable<Row>;
  /** The key of the row an event touches (the row's key properties), or null when it touches none. */
  keyOf(event: EventEnvelope): Partial<Row> | null;
  keyString(key: Partial<Row>): string;
  evolve(row: Row | null, event: EventEnvelope): Row | null;
}

/**
 * Applies a batch to one read model: the rows it touches are loaded with one statement,
 * folded in memory, and the changed ones saved with one. Returns every row the batch
 * touched, as it now stands, by key string.
 */
export async function foldRows<Row extends object>(projection: RowProjection<Row>, events: readonly EventEnvelope[], transaction: PoolClient): Promise<Map<string, Row>> {
  const touched = events.flatMap((event) => {
    const key = projection.keyOf(event);
    return key === null ? [] : [{ event, key, id: projection.keyString(key) }];
  });
  const rows = new Map<string, Row>();
  if (touched.length === 0) return rows;
  const uniqueKeys = [...new Map(touched.map(({ key, id }) => [id, key])).values()];
  for (const row of await projection.table.loadMany(transaction, uniqueKeys)) rows.set(projection.keyString(row), row);
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
