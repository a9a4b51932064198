/**
 * Read-model rebuild benchmark: the gateway's projections replayed from a log of BENCH_ORDERS
 * orders × 1,000 BOM nodes / 20 workshops (the log of bench:order-tree), BENCH_REBUILDS times.
 * Prints events/s for each rebuild, their median against the target, and a digest of the rows
 * (replaying one kept log, equal digests mean equal rows, whatever code built them).
 * Target: rebuild >= 20,000 events/s.
 *
 *   DATABASE_URL=postgres://… npm run bench:rebuild
 *   BENCH_EVENT_SCHEMA=… replays a log kept from an earlier run (BENCH_KEEP_LOG=1 keeps it) instead of appending one.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { openPostgresEventStore } from '@renkei/event-store-postgres';
import { gatewayProjections } from '../services/gateway/src/read-models/gateway-read-models';
import { ReadModelSchema } from '../services/gateway/src/read-models/read-model-schema';
import { rebuildReadModels } from '../services/gateway/src/read-models/rebuild-read-models';
import { largeOrderEvents } from '../services/gateway/src/testing/large-order-events';
import { appendInOrder } from './append-large-orders';

const ORDERS = Number(process.env['BENCH_ORDERS'] ?? 10);
const REBUILDS = Number(process.env['BENCH_REBUILDS'] ?? 3);
const TARGET = 20_000;
const run = `${Date.now().toString(36)}${randomUUID().slice(0, 4)}`;
const KEPT_LOG = process.env['BENCH_EVENT_SCHEMA'];
const EVENT_SCHEMA = KEPT_LOG ?? `bench_rb_es_${run}`;
const READ_SCHEMA = `bench_rb_rm_${run}`;

const count = (value: number) => Math.round(value).toLocaleString('en-US');

async function main(): Promise<void> {
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('bench:rebuild needs DATABASE_URL');
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const store = await openPostgresEventStore({ connectionString: databaseUrl, schema: EVENT_SCHEMA, poolSize: 10 });
  try {
    if (KEPT_LOG === undefined) {
      const orders = Array.from({ length: ORDERS }, (_, index) =>
        largeOrderEvents({ orderId: `CO-OT-${index + 1}`, productId: `PUMP-${index + 1}`, leadId: 'lead-1', workshops: 20, nodes: 1000 }),
      );
      // Side by side, as bench:order-tree appends them: the log interleaves the orders.
      await Promise.all(orders.map((order) => appendInOrder(store, order.events)));
    }
    const schema = await ReadModelSchema.open(databaseUrl, pool, READ_SCHEMA);
    try {
      const rates: number[] = [];
      for (let attempt = 1; attempt <= REBUILDS; attempt += 1) {
        const report = await rebuildReadModels(store, pool, schema, gatewayProjections(schema));
        const perSecond = report.events / (report.elapsedMs / 1000);
        rates.push(perSecond);
        console.log(`rebuild ${attempt}: ${count(report.events)} events (${count(report.applied)} applied) in ${count(report.elapsedMs)} ms = ${count(perSecond)} events/s`);
      }
      const median = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)] as number;
      console.log(`median ${count(median)} events/s = ${(median / TARGET).toFixed(2)}× the target of ${count(TARGET)}  ${median >= TARGET ? 'PASS' : 'MISS'}`);
      const digest = await pool.query<{ digest: string }>(
        `SELECT md5(string_agg(t, '' ORDER BY t)) AS digest FROM (
           ${schema.tables.all.map((table) => `SELECT to_jsonb(r)::text AS t FROM ${table.name} r`).join(' UNION ALL ')}) rows`,
      );
      console.log(`rows digest ${digest.rows[0]?.digest}`);
    } finally {
      await schema.close();
    }
  } finally {
    await store.close();
    const keep = KEPT_LOG !== undefined || process.env['BENCH_KEEP_LOG'] === '1';
    if (keep) console.log(`log kept in schema ${EVENT_SCHEMA}`);
    await pool.query(`${keep ? '' : `DROP SCHEMA IF EXISTS "${EVENT_SCHEMA}" CASCADE;`} DROP SCHEMA IF EXISTS "${READ_SCHEMA}" CASCADE`).catch((error: unknown) => console.error(error));
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
