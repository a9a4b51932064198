/**
 * Order tree benchmark: the lead's `customerOrder` GraphQL query on an order of 1,000 BOM nodes
 * across 20 workshops, served by the whole backbone (embedded bus) in a child process over
 * keep-alive HTTP, next to one hand-written SQL statement returning the same raw facts from the
 * same read-model tables (the floor), at the same concurrency, alternately, twice. Before that,
 * the gateway's projections are rebuilt twice from a log of BENCH_ORDERS such orders.
 * Targets: GraphQL >= 0.5x the baseline's queries/s, GraphQL p99 <= 50 ms, rebuild >= 20,000 events/s.
 *
 *   DATABASE_URL=postgres://… npm run bench:order-tree     (or an embedded PostgreSQL)
 *   BENCH_ORDERS=10 BENCH_CLIENTS=10 BENCH_REQUESTS=400 BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=…"
 *   BENCH_PROFILE_DIR=… writes a CPU profile of the backbone per timed GraphQL measurement only.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig } from '@renkei/config';
import { spawnEmbeddedPostgres, type EmbeddedPostgresProcess } from '@renkei/embedded-postgres';
import { openPostgresEventStore } from '@renkei/event-store-postgres';
import { startBackbone } from '../services/embedded/src/backbone';
import { gatewayProjections } from '../services/gateway/src/read-models/gateway-read-models';
import { ReadModelSchema } from '../services/gateway/src/read-models/read-model-schema';
import { rebuildReadModels, type RebuildReport } from '../services/gateway/src/read-models/rebuild-read-models';
import { largeOrderEvents } from '../services/gateway/src/testing/large-order-events';
import { appendInOrder } from './append-large-orders';
import { orderTreeBaselineSql } from './order-tree-baseline';

const ORDERS = Number(process.env['BENCH_ORDERS'] ?? 10);
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 10);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 400);
const ROUNDS = 2;
const NODES = 1000;
const WORKSHOPS = 20;
const LEAD = 'lead-1';
const TARGETS = { ratio: 0.5, p99Ms: 50, rebuildPerSecond: 20_000 };
const run = `${Date.now().toString(36)}${randomUUID().slice(0, 4)}`;
const EVENT_SCHEMA = `bench_ot_es_${run}`;
const READ_SCHEMA = `bench_ot_rm_${run}`;
const LEAD_KEY = `bench-lead-${randomUUID()}`;
const MEASURED_ORDER = `CO-OT-${ORDERS}`;
const PROFILE_DIR = process.env['BENCH_PROFILE_DIR'];
const READ_MODEL_TABLES = ['customer_orders', 'purchase_orders', 'work_items', 'bom_nodes', 'order_timeline'];

const TREE_QUERY = JSON.stringify({
  query: `query Tree($id: String!) { customerOrder(id: $id) { orderId status percentComplete eta dueDate late blocked
    nodes { nodeId parentId partNumber quantity status percentComplete eta dueDate late blocked critical
      delayReasons { reasonCode note }
      assignments { poId lineNo supplierId tier orderStatus unitPrice { amount currency } workStatus qtyGood eta } } } }`,
  variables: { id: MEASURED_ORDER },
});

type PathName = 'graphql' | 'baseline';
type Send = (keepText: boolean) => Promise<{ ok: boolean; bytes: number; text?: string }>;

// ---- the backbone, in a child process so the load generator does not share its event loop ----

type ToChild = { type: 'cpu' } | { type: 'profile'; file: string | null };

/** In the child: the whole backbone on an ephemeral port; answers CPU-time questions so the parent can wait for it to settle. */
async function serve(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL || !config.RENKEI_API_KEYS) throw new Error('serve needs DATABASE_URL and RENKEI_API_KEYS');
  const backbone = await startBackbone({ ...config, DATABASE_URL: config.DATABASE_URL }, config.RENKEI_API_KEYS);
  const profiler = new Session();
  process.on('message', (message: ToChild) => {
    if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuMicros: user + system });
    } else if (message.file === null) {
      // Profiles only what the parent measures (BENCH_PROFILE_DIR), not start-up and catch-up.
      profiler.connect();
      profiler.post('Profiler.enable', () => profiler.post('Profiler.start', () => process.send?.({ profiling: true })));
    } else {
      const file = message.file;
      profiler.post('Profiler.stop', (error, result) => {
        if (!error) writeFileSync(file, JSON.stringify(result.profile));
        profiler.disconnect();
        process.send?.({ profiling: false });
      });
    }
  });
  // Exiting normally (not killed) lets --cpu-prof write its profile.
  process.once('disconnect', () => void backbone.stop().finally(() => process.exit(0)));
  process.send?.({ url: backbone.url });
}

function startBackboneProcess(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const root = join(__dirname, '..', '..');
  const nodeArgs = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter((arg) => arg.length > 0);
  const { KAFKA_BROKERS: _kafka, ...env } = process.env;
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'infra', 'runtime', 'start.cjs'), 'dist/bench/order-tree.bench.js', 'serve'], {
    cwd: root,
    env: { ...env, DATABASE_URL: databaseUrl, PORT: '0', RENKEI_API_KEYS: `${LEAD_KEY}:${LEAD}:lead`, RENKEI_EVENT_SCHEMA: EVENT_SCHEMA, RENKEI_READ_SCHEMA: READ_SCHEMA },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((ready, failed) => {
    child.once('message', (message: { url: string }) => ready({ child, url: message.url }));
    child.once('exit', (code) => failed(new Error(`the backbone exited with ${code}`)));
  });
}

function ask<Answer>(child: ChildProcess, message: ToChild): Promise<Answer> {
  return new Promise((answered) => {
    child.once('message', (answer: Answer) => answered(answer));
    child.send(message);
  });
}

const cpuMicrosOf = async (child: ChildProcess) => (await ask<{ cpuMicros: number }>(child, { type: 'cpu' })).cpuMicros;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Started on a log it has not consumed, the backbone's consumers (read model, process managers)
 * catch up first. Measuring starts once the read model holds the whole log and the process has
 * used under 5% of a core for two seconds running.
 */
async function settle(pool: Pool, child: ChildProcess): Promise<void> {
  const head = await pool.query<{ commit: string; prepare: string }>(`SELECT tx_id::text AS commit, seq::text AS prepare FROM "${EVENT_SCHEMA}".events ORDER BY tx_id DESC, seq DESC LIMIT 1`);
  const [commit, prepare] = [BigInt(head.rows[0]?.commit ?? 0), BigInt(head.rows[0]?.prepare ?? 0)];
  for (let quiet = 0, waited = 0; quiet < 2; waited += 1) {
    if (waited > 600) throw new Error('the backbone did not settle within 10 minutes');
    const read = await pool.query<{ position: string }>(`SELECT position FROM "${READ_SCHEMA}".consumer_positions WHERE consumer = 'gateway-read-model'`).catch(() => ({ rows: [] }));
    const [readCommit, readPrepare] = (read.rows[0]?.position ?? '0-0').split('-').map(BigInt) as [bigint, bigint];
    const caughtUp = readCommit > commit || (readCommit === commit && readPrepare >= prepare);
    const before = await cpuMicrosOf(child);
    await sleep(1000);
    const busy = (await cpuMicrosOf(child)) - before;
    quiet = caughtUp && busy < 50_000 ? quiet + 1 : 0;
  }
}

// ---- the two paths ------------------------------------------------------------------------------

// node:http with keep-alive, not fetch: fetch costs the client more than the server we measure (see ingest.bench.ts).
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

function graphqlPath(url: string): Send {
  const { hostname, port } = new URL(url);
  return (keepText) =>
    new Promise((resolve, reject) => {
      const outgoing = request(
        {
          host: hostname,
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: { authorization: `Bearer ${LEAD_KEY}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(TREE_QUERY) },
        },
        (response) => {
          let bytes = 0;
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            if (keepText) chunks.push(chunk);
          });
          response.on('end', () => resolve({ ok: response.statusCode === 200, bytes, ...(keepText ? { text: Buffer.concat(chunks).toString('utf8') } : {}) }));
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(TREE_QUERY);
    });
}

function baselinePath(pool: Pool): Send {
  const statement = { name: 'order-tree-baseline', text: orderTreeBaselineSql(READ_SCHEMA), values: [MEASURED_ORDER] };
  return async (keepText) => {
    // JSON text, not parsed: the GraphQL client does not parse its answers either.
    const text = (await pool.query<{ tree: string }>(statement)).rows[0]?.tree;
    return { ok: text !== undefined, bytes: Buffer.byteLength(text ?? ''), ...(keepText ? { text } : {}) };
  };
}

interface TreeAnswer {
  data?: { customerOrder?: { nodes: Array<{ assignments: unknown[] }> } | null };
  nodes?: Array<{ assignments: unknown[] }>;
  errors?: unknown;
}

/** Polls until the path answers the whole tree (every node with its one assignment) and returns the answer's size. */
async function expectedSize(path: PathName, send: Send, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await send(true);
    const parsed = JSON.parse(answer.text ?? '{}') as TreeAnswer;
    const nodes = path === 'graphql' ? parsed.data?.customerOrder?.nodes : parsed.nodes;
    if (answer.ok && !parsed.errors && nodes?.length === NODES && nodes.every((node) => node.assignments.length === 1)) return answer.bytes;
    if (Date.now() > deadline) throw new Error(`${path} did not answer the whole tree: ${answer.text?.slice(0, 300)}`);
    await sleep(500);
  }
}

interface Measurement {
  readonly seconds: number;
  readonly latenciesMs: Float64Array;
}

/** `total` requests from CLIENTS concurrent clients, each sending its next as soon as its last is answered. */
async function measure(path: PathName, send: Send, total: number, size: number): Promise<Measurement> {
  const latenciesMs = new Float64Array(total);
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < total) {
        const index = next++;
        const sent = process.hrtime.bigint();
        const answer = await send(false);
        latenciesMs[index] = Number(process.hrtime.bigint() - sent) / 1e6;
        if (!answer.ok || answer.bytes !== size) throw new Error(`${path} answered ${answer.ok ? 'ok' : 'not ok'} with ${answer.bytes} bytes (expected ${size})`);
      }
    }),
  );
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, latenciesMs };
}

/** Nearest-rank percentile. */
function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function summarise(measurements: readonly Measurement[]) {
  const all = new Float64Array(measurements.reduce((count, { latenciesMs }) => count + latenciesMs.length, 0));
  let offset = 0;
  for (const { latenciesMs } of measurements) {
    all.set(latenciesMs, offset);
    offset += latenciesMs.length;
  }
  all.sort();
  const seconds = measurements.reduce((sum, measurement) => sum + measurement.seconds, 0);
  return { perSecond: all.length / seconds, p50: percentile(all, 0.5), p99: percentile(all, 0.99) };
}

// ---- the run --------------------------------------------------------------------------------------

const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');
const fixed = (value: number, digits: number) => value.toFixed(digits).padStart(10);
const count = (value: number) => Math.round(value).toLocaleString('en-US');

async function buildLog(databaseUrl: string, pool: Pool): Promise<{ events: number; appendSeconds: number; rebuilds: RebuildReport[] }> {
  const store = await openPostgresEventStore({ connectionString: databaseUrl, schema: EVENT_SCHEMA, poolSize: CLIENTS });
  try {
    const orders = Array.from({ length: ORDERS }, (_, index) =>
      largeOrderEvents({ orderId: `CO-OT-${index + 1}`, productId: `PUMP-${index + 1}`, leadId: LEAD, workshops: WORKSHOPS, nodes: NODES }),
    );
    const started = performance.now();
    // Orders are independent of one another: they are appended side by side, each in its own order.
    await Promise.all(orders.map((order) => appendInOrder(store, order.events)));
    const appendSeconds = (performance.now() - started) / 1000;
    const schema = await ReadModelSchema.open(databaseUrl, pool, READ_SCHEMA);
    try {
      const rebuilds = [];
      for (let attempt = 0; attempt < 2; attempt += 1) rebuilds.push(await rebuildReadModels(store, pool, schema, gatewayProjections(schema)));
      return { events: orders.reduce((sum, order) => sum + order.events.length, 0), appendSeconds, rebuilds };
    } finally {
      await schema.close();
    }
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  let embedded: EmbeddedPostgresProcess | undefined;
  let databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) {
    embedded = await spawnEmbeddedPostgres({ dataDir: '.cache/bench-postgres', port: 54331, database: 'renkei_bench' });
    databaseUrl = embedded.connectionString;
  }
  const pool = new Pool({ connectionString: databaseUrl, max: CLIENTS });
  let backbone: ChildProcess | undefined;
  try {
    const log = await buildLog(databaseUrl, pool);
    console.log(
      `\nOrder tree benchmark — ${ORDERS} orders × ${NODES} BOM nodes / ${WORKSHOPS} workshops in the log (${count(log.events)} events, appended in ${log.appendSeconds.toFixed(1)} s); ` +
        `node ${process.version}, ${cpus().length} CPUs shared by PostgreSQL, the backbone and the client\n`,
    );
    log.rebuilds.forEach((rebuild, index) => {
      const perSecond = rebuild.events / (rebuild.elapsedMs / 1000);
      console.log(
        `projection rebuild ${index + 1}: ${count(rebuild.events)} events (${count(rebuild.applied)} applied) in ${count(rebuild.elapsedMs)} ms = ` +
          `${count(perSecond)} events/s  ${verdict(perSecond >= TARGETS.rebuildPerSecond)} (target >= ${count(TARGETS.rebuildPerSecond)})`,
      );
    });

    const settling = performance.now();
    const started = await startBackboneProcess(databaseUrl);
    backbone = started.child;
    const paths: Record<PathName, Send> = { graphql: graphqlPath(started.url), baseline: baselinePath(pool) };
    await expectedSize('graphql', paths.graphql, 600_000); // the read model has the order
    await settle(pool, backbone);
    // Fresh statistics, as autovacuum would have gathered them by now on a live system.
    for (const table of READ_MODEL_TABLES) await pool.query(`ANALYZE "${READ_SCHEMA}".${table}`);
    const sizes = { graphql: await expectedSize('graphql', paths.graphql, 0), baseline: await expectedSize('baseline', paths.baseline, 0) };
    console.log(
      `\nbackbone started and settled in ${((performance.now() - settling) / 1000).toFixed(1)} s; order ${MEASURED_ORDER}: GraphQL answer ${count(sizes.graphql)} bytes, ` +
        `baseline answer ${count(sizes.baseline)} bytes; ${CLIENTS} concurrent clients, ${REQUESTS} requests per measurement after a warm-up of ${Math.ceil(REQUESTS / 4)}\n`,
    );

    const results: Record<PathName, Measurement[]> = { graphql: [], baseline: [] };
    console.log('round  path       queries/s    p50 ms    p99 ms');
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const path of ['graphql', 'baseline'] as const) {
        await measure(path, paths[path], Math.ceil(REQUESTS / 4), sizes[path]); // warm-up: sockets, plans, JIT
        const profiling = PROFILE_DIR !== undefined && path === 'graphql';
        if (profiling) await ask(backbone, { type: 'profile', file: null });
        const measurement = await measure(path, paths[path], REQUESTS, sizes[path]);
        if (profiling) await ask(backbone, { type: 'profile', file: join(PROFILE_DIR, `order-tree-graphql-${round}.cpuprofile`) });
        results[path].push(measurement);
        const { perSecond, p50, p99 } = summarise([measurement]);
        console.log(`${String(round).padEnd(7)}${path.padEnd(9)}${fixed(perSecond, 1)}${fixed(p50, 2)}${fixed(p99, 2)}`);
      }
    }
    const graphql = summarise(results.graphql);
    const baseline = summarise(results.baseline);
    const ratio = graphql.perSecond / baseline.perSecond;
    console.log('\nboth rounds  queries/s    p50 ms    p99 ms');
    console.log(`graphql    ${fixed(graphql.perSecond, 1)}${fixed(graphql.p50, 2)}${fixed(graphql.p99, 2)}`);
    console.log(`baseline   ${fixed(baseline.perSecond, 1)}${fixed(baseline.p50, 2)}${fixed(baseline.p99, 2)}`);
    console.log(`GraphQL/baseline ${fixed(ratio, 2)}${fixed(graphql.p50 / baseline.p50, 2)}${fixed(graphql.p99 / baseline.p99, 2)}`);
    console.log(`\nthroughput: GraphQL ${ratio.toFixed(2)}× the baseline  ${verdict(ratio >= TARGETS.ratio)} (target >= ${TARGETS.ratio})`);
    console.log(`latency:    GraphQL p99 ${graphql.p99.toFixed(1)} ms at ${CLIENTS} clients  ${verdict(graphql.p99 <= TARGETS.p99Ms)} (target <= ${TARGETS.p99Ms} ms)`);
    console.log(
      JSON.stringify({
        orders: ORDERS,
        events: log.events,
        clients: CLIENTS,
        requests: REQUESTS,
        rounds: ROUNDS,
        rebuildEventsPerSecond: log.rebuilds.map((rebuild) => rebuild.events / (rebuild.elapsedMs / 1000)),
        graphql,
        baseline,
        ratio,
      }),
    );
  } finally {
    agent.destroy();
    if (backbone?.connected) {
      const exited = new Promise((resolve) => backbone?.once('exit', resolve));
      backbone.disconnect(); // the backbone stops and exits when its parent lets go
      await exited;
    }
    await pool.query(`DROP SCHEMA IF EXISTS "${EVENT_SCHEMA}" CASCADE; DROP SCHEMA IF EXISTS "${READ_SCHEMA}" CASCADE`).catch((error: unknown) => console.error(error));
    await pool.end();
    await embedded?.stop();
  }
}

if (process.argv[2] === 'serve') {
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
