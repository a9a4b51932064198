/**
 * Event store benchmark: the PostgreSQL adapter against plain INSERTs of the same
 * payload, on the same server, in the same run; then a full read of the global log
 * after concurrent appends, counting missed and repeated events.
 *
 *   npm run bench:event-store            (embedded PostgreSQL)
 *   DATABASE_URL=postgres://… npm run bench:event-store
 *   BENCH_APPENDS=4000 to change the number of appends per phase.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { START, type GlobalPosition } from '@renkei/event-store';
import { openPostgresEventStore, type PostgresEventStore } from '@renkei/event-store-postgres';
import { startEmbeddedPostgres, type RunningPostgres } from '@renkei/embedded-postgres';

const APPENDS = Number(process.env['BENCH_APPENDS'] ?? 4000);
const SCHEMA = `bench_${Date.now()}`;

function payload(writer: number, index: number) {
  return {
    poId: `PO-2026-${writer}`,
    lineNo: 1,
    status: 'in_progress',
    qtyGood: index,
    qtyScrap: 0,
    eta: '2026-11-28',
    note: 'op 20 done, waiting for plating',
    occurredAt: new Date().toISOString(),
    reportedBy: `ws-${writer}`,
  };
}

/** Runs `perWriter` operations on each of `writers` concurrent loops; returns operations per second. */
async function rate(writers: number, total: number, operation: (writer: number, index: number) => Promise<void>): Promise<number> {
  const perWriter = Math.ceil(total / writers);
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let index = 0; index < perWriter; index += 1) await operation(writer, index);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return (perWriter * writers) / seconds;
}

async function plainInsertRate(pool: Pool, writers: number): Promise<number> {
  return rate(writers, APPENDS, async (writer, index) => {
    await pool.query(`INSERT INTO "${SCHEMA}".plain_events (id, stream_id, type, data) VALUES ($1, $2, $3, $4)`, [
      randomUUID(),
      `plain-${writers}-${writer}`,
      'ProgressReported',
      JSON.stringify(payload(writer, index)),
    ]);
  });
}

async function adapterAppendRate(store: PostgresEventStore, writers: number, appended: Set<string>): Promise<number> {
  const run = randomUUID().slice(0, 8);
  return rate(writers, APPENDS, async (writer, index) => {
    const id = randomUUID();
    await store.appendToStream(`work-bench-${run}-${writer}`, [{ id, type: 'ProgressReported', data: payload(writer, index) }], {
      expectedRevision: index === 0 ? 'no_stream' : BigInt(index - 1),
    });
    appended.add(id);
  });
}

async function readWholeLog(store: PostgresEventStore, expected: Set<string>) {
  const seen = new Set<string>();
  let repeated = 0;
  let position: GlobalPosition = START;
  const started = process.hrtime.bigint();
  for (let page = await store.readAll({ after: position, limit: 5000 }); page.length > 0; page = await store.readAll({ after: position, limit: 5000 })) {
    for (const event of page) {
      if (seen.has(event.id)) repeated += 1;
      seen.add(event.id);
    }
    position = page[page.length - 1]!.position;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const missed = [...expected].filter((id) => !seen.has(id)).length;
  return { events: seen.size + repeated, perSecond: (seen.size + repeated) / seconds, missed, repeated };
}

async function main(): Promise<void> {
  let embedded: RunningPostgres | undefined;
  let url = process.env['DATABASE_URL'];
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: '.cache/bench-postgres', port: 54331, database: 'renkei_bench' });
    url = embedded.connectionString;
  }
  const store = await openPostgresEventStore({ connectionString: url, schema: SCHEMA, poolSize: 16 });
  const pool = new Pool({ connectionString: url, max: 16 });
  await pool.query(`CREATE TABLE "${SCHEMA}".plain_events (id uuid PRIMARY KEY, stream_id text NOT NULL, type text NOT NULL, data jsonb NOT NULL)`);
  const appended = new Set<string>();
  try {
    // Warm both paths (connections, plans) so neither pays start-up costs in its measurement.
    await plainInsertRate(pool, 16);
    await adapterAppendRate(store, 16, new Set());

    const results: Array<{ writers: number; plain: number; adapter: number }> = [];
    for (const writers of [1, 16]) {
      const plain = await plainInsertRate(pool, writers);
      const adapter = await adapterAppendRate(store, writers, appended);
      results.push({ writers, plain, adapter });
    }
    const read = await readWholeLog(store, appended);

    console.log(`\nEvent store benchmark — ${APPENDS} appends per phase, one event per append, same PostgreSQL\n`);
    console.log('writers | plain INSERT/s | adapter appends/s | ratio (target >= 0.5)');
    for (const { writers, plain, adapter } of results) {
      console.log(`${String(writers).padStart(7)} | ${plain.toFixed(0).padStart(14)} | ${adapter.toFixed(0).padStart(17)} | ${(adapter / plain).toFixed(2)}`);
    }
    console.log(
      `\nglobal log read after concurrent appends: ${read.events} events at ${read.perSecond.toFixed(0)} events/s (target >= 100000); missed ${read.missed}, repeated ${read.repeated}`,
    );
    console.log(JSON.stringify({ appends: results, read }));
  } finally {
    await pool.query(`DROP SCHEMA "${SCHEMA}" CASCADE`).catch(() => undefined);
    await pool.end();
    await store.close();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
