/**
 * Order tree benchmark: the lead's `customerOrder` GraphQL query on an order of 1,000 BOM nodes
 * across 20 workshops, served by the whole backbone (embedded bus) in a child process over
 * keep-alive HTTP, next to one hand-written SQL statement returning the same raw facts from the
 * same read-model tables (the floor), at the same concurrency, alternately, twice. Before that,
 * the gateway's projections are rebuilt twice from a log of BENCH_ORDERS such orders.
 * Targets: GraphQL >= 0.5x the baseline's queries/s, GraphQL p99 <= 50 ms, rebuild >= 20,000 events/s.
 *
 * The gateway serves a repeated answer from its answer cache until the order changes, so the
 * GraphQL path is also measured while a workshop reports progress on the measured order
 * BENCH_WRITES_PER_SECOND times a second (each report invalidates the cached answer); run with
 * BENCH_ANSWER_CACHE_MB=0 for the uncached figures.
 *
 *   DATABASE_URL=postgres://… npm run bench:order-tree     (or an embedded PostgreSQL)
 *   BENCH_ORDERS=10 BENCH_CLIENTS=10 BENCH_REQUESTS=400 BENCH_WRITES_PER_SECOND=5 BENCH_ANSWER_CACHE_MB=64
 *   BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=…"
 *   BENCH_PROFILE_DIR=… writes a CPU profile of the backbone for each timed GraphQL measurement only.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { Session } from 'node:inspector';
import { cpus } from 'node:os';
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
import { measure, summarise, type Measurement, type Send } from './closed-loop-load';
import { orderTreeBaselineSql } from './order-tree-baseline';

const ORDERS = Number(process.env['BENCH_ORDERS'] ?? 10);
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 10);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 400);
/** Ten times as many with writes: at a few reports a second, the measurement must last seconds to see any. */
const requestsOf = (path: PathName) => (path === 'graphql+writes' ? REQUESTS * 10 : REQUESTS);
const PROFILE_DIR = process.env['BENCH_PROFILE_DIR'];
const WRITES_PER_SECOND = Number(process.env['BENCH_WRITES_PER_SECOND'] ?? 5);
const ANSWER_CACHE_MB = process.env['BENCH_ANSWER_CACHE_MB'];
const ROUNDS = 2;
const NODES = 1000;
const WORKSHOPS = 20;
const LEAD = 'lead-1';
const TARGETS = { ratio: 0.5, p99Ms: 50, rebuildPerSecond: 20_000 };
const run = `${Date.now().toString(36)}${randomUUID().slice(0, 4)}`;
const EVENT_SCHEMA = `bench_ot_es_${run}`;
const READ_SCHEMA = `bench_ot_rm_${run}`;
const READ_MODEL_TABLES = ['customer_orders', 'purchase_orders', 'work_items', 'bom_nodes', 'order_timeline'];
const LEAD_KEY = `bench-lead-${randomUUID()}`;
/** The workshop reporting progress on the measured order during the "with writes" measurement. */
const WRITER = 'ws-01';
const WRITER_KEY = `bench-writer-${randomUUID()}`;
const MEASURED_ORDER = `CO-OT-${ORDERS}`;

const TREE_QUERY = JSON.stringify({
  query: `query Tree($id: String!) { customerOrder(id: $id) { orderId status percentComplete eta dueDate late blocked
    nodes { nodeId parentId partNumber quantity status percentComplete eta dueDate late blocked critical
      delayReasons { reasonCode note }
      assignments { poId lineNo supplierId tier orderStatus unitPrice { amount currency } workStatus qtyGood eta } } } }`,
  variables: { id: MEASURED_ORDER },
});

type PathName = 'graphql' | 'graphql+writes' | 'baseline';

// ---- the backbone, in a child process so the load generator does not share its event loop ----

type ToChild = { type: 'cpu' } | { type: 'profile-start' } | { type: 'profile-stop'; file: string };

/** In the child: the whole backbone on an ephemeral port; tells the parent its CPU time (to wait for it to settle) and profiles on request. */
async function serve(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL || !config.RENKEI_API_KEYS) throw new Error('serve needs DATABASE_URL and RENKEI_API_KEYS');
  const backbone = await startBackbone({ ...config, DATABASE_URL: config.DATABASE_URL }, config.RENKEI_API_KEYS);
  const profiler = new Session();
  process.on('message', (message: ToChild) => {
    if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuMicros: user + system });
    } else if (message.type === 'profile-start') {
      profiler.connect();
      profiler.post('Profiler.enable', () => profiler.post('Profiler.start', () => process.send?.({ profiling: true })));
    } else {
      profiler.post('Profiler.stop', (error, result) => {
        if (!error) writeFileSync(message.file, JSON.stringify(result.profile));
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
  const { KAFKA_BROKERS: _kafka, ...env } = process.env; // the embedded bus, whatever the shell says
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'infra', 'runtime', 'start.cjs'), 'dist/bench/order-tree.bench.js', 'serve'], {
    cwd: root,
    env: {
      ...env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      RENKEI_API_KEYS: `${LEAD_KEY}:${LEAD}:lead,${WRITER_KEY}:${WRITER}:workshop`,
      RENKEI_EVENT_SCHEMA: EVENT_SCHEMA,
      RENKEI_READ_SCHEMA: READ_SCHEMA,
      ...(ANSWER_CACHE_MB === undefined ? {} : { RENKEI_ANSWER_CACHE_MB: ANSWER_CACHE_MB }),
    },
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Started on a log it has not consumed, the backbone's consumers (read model, process managers)
 * catch up first. Measuring starts once the read model holds the whole log and the backbone has
 * used under 5% of a core in each of two seconds running.
 */
async function settle(pool: Pool, child: ChildProcess): Promise<void> {
  const head = await pool.query<{ position: string }>(`SELECT tx_id::text || '-' || seq AS position FROM "${EVENT_SCHEMA}".events ORDER BY tx_id DESC, seq DESC LIMIT 1`);
  const [commit, prepare] = (head.rows[0]?.position ?? '0-0').split('-').map(BigInt) as [bigint, bigint];
  const cpuMicros = async () => (await ask<{ cpuMicros: number }>(child, { type: 'cpu' })).cpuMicros;
  for (let quiet = 0, seconds = 0; quiet < 2; seconds += 1) {
    if (seconds > 900) throw new Error('the backbone did not settle within 15 minutes');
    const read = await pool.query<{ position: string }>(`SELECT position FROM "${READ_SCHEMA}".consumer_positions WHERE consumer = 'gateway-read-model'`);
    const [readCommit, readPrepare] = (read.rows[0]?.position ?? '0-0').split('-').map(BigInt) as [bigint, bigint];
    const caughtUp = readCommit > commit || (readCommit === commit && readPrepare >= prepare);
    const before = await cpuMicros();
    await sleep(1000);
    quiet = caughtUp && (await cpuMicros()) - before < 50_000 ? quiet + 1 : 0;
  }
}

// ---- the two paths ------------------------------------------------------------------------------

// node:http with keep-alive, not fetch: fetch costs the client more than the server we measure (see ingest.bench.ts).
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

function graphqlPath(url: string): Send {
  const { hostname, port } = new URL(url);
  const headers = { authorization: `Bearer ${LEAD_KEY}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(TREE_QUERY) };
  return (keepText) =>
    new Promise((resolve, reject) => {
      const outgoing = request({ host: hostname, port, path: '/graphql', method: 'POST', agent, headers }, (response) => {
        let bytes = 0;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (keepText) chunks.push(chunk);
        });
        response.on('end', () => resolve({ ok: response.statusCode === 200, bytes, ...(keepText ? { text: Buffer.concat(chunks).toString('utf8') } : {}) }));
        response.on('error', reject);
      });
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

/**
 * A workshop reporting progress on the measured order, `perSecond` times a second, on its lines in
 * turn (good pieces cycling 1–9, so each report changes the tree). Returns a stop that tells how
 * many reports were accepted.
 */
function startWriter(url: string, perSecond: number): () => Promise<{ accepted: number; refused: number }> {
  const { hostname, port } = new URL(url);
  const poId = `${MEASURED_ORDER}-${WRITER}`;
  let sent = 0;
  let accepted = 0;
  let refused = 0;
  const inFlight = new Set<Promise<void>>();
  const report = () => {
    sent += 1;
    // Lines 1-16 are on plan in the generated order (every 17th is delayed): the report keeps them so.
    const body = JSON.stringify({ status: 'in_progress', operation: 10, qtyGood: (sent % 9) + 1, qtyScrap: 0 });
    const headers = { authorization: `Bearer ${WRITER_KEY}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'idempotency-key': randomUUID() };
    const done = new Promise<void>((resolve) => {
      const outgoing = request({ host: hostname, port, path: `/v1/work-items/${poId}/${(sent % 16) + 1}/progress`, method: 'POST', agent, headers }, (response) => {
        response.resume();
        response.on('end', () => {
          if (response.statusCode === 201) accepted += 1;
          else refused += 1;
          resolve();
        });
      });
      outgoing.on('error', () => {
        refused += 1;
        resolve();
      });
      outgoing.end(body);
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };
  const timer = perSecond > 0 ? setInterval(report, 1000 / perSecond) : undefined;
  return async () => {
    clearInterval(timer);
    await Promise.all(inFlight);
    return { accepted, refused };
  };
}

type TreeNodes = Array<{ assignments: unknown[] }>;

/** Asks until the path answers the whole tree (every node with its one assignment); returns the answer's size. */
async function expectedSize(path: PathName, send: Send, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await send(true);
    const parsed = JSON.parse(answer.text ?? '{}') as { data?: { customerOrder?: { nodes: TreeNodes } | null }; nodes?: TreeNodes; errors?: unknown };
    const nodes = path === 'graphql' ? parsed.data?.customerOrder?.nodes : parsed.nodes;
    if (answer.ok && !parsed.errors && nodes?.length === NODES && nodes.every((node) => node.assignments.length === 1)) return answer.bytes;
    if (Date.now() > deadline) throw new Error(`${path} did not answer the whole tree: ${answer.text?.slice(0, 300)}`);
    await sleep(500);
  }
}

// ---- the run --------------------------------------------------------------------------------------

const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');
const fixed = (value: number, digits: number) => value.toFixed(digits).padStart(10);
const count = (value: number) => Math.round(value).toLocaleString('en-US');
const perSecondOf = (rebuild: RebuildReport) => rebuild.events / (rebuild.elapsedMs / 1000);

/** Appends BENCH_ORDERS large orders, then rebuilds the gateway's read models from them twice. */
async function buildLog(databaseUrl: string, pool: Pool): Promise<{ events: number; appendSeconds: number; rebuilds: RebuildReport[] }> {
  const store = await openPostgresEventStore({ connectionString: databaseUrl, schema: EVENT_SCHEMA, poolSize: CLIENTS });
  try {
    const orders = Array.from({ length: ORDERS }, (_, index) =>
      largeOrderEvents({ orderId: `CO-OT-${index + 1}`, productId: `PUMP-${index + 1}`, leadId: LEAD, workshops: WORKSHOPS, nodes: NODES }),
    );
    const started = performance.now();
    // Orders are independent of one another: appended side by side, each in its own order.
    await Promise.all(orders.map((order) => appendInOrder(store, order.events)));
    const appendSeconds = (performance.now() - started) / 1000;
    const schema = await ReadModelSchema.open(databaseUrl, pool, READ_SCHEMA);
    try {
      const rebuilds: RebuildReport[] = [];
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
      `\nOrder tree benchmark — ${ORDERS} orders × ${count(NODES)} BOM nodes / ${WORKSHOPS} workshops in the log (${count(log.events)} events, appended in ` +
        `${log.appendSeconds.toFixed(1)} s); node ${process.version}, ${cpus().length} CPUs shared by PostgreSQL, the backbone and the client\n`,
    );
    log.rebuilds.forEach((rebuild, index) => {
      console.log(
        `projection rebuild ${index + 1}: ${count(rebuild.events)} events (${count(rebuild.applied)} applied) in ${count(rebuild.elapsedMs)} ms = ` +
          `${count(perSecondOf(rebuild))} events/s  ${verdict(perSecondOf(rebuild) >= TARGETS.rebuildPerSecond)} (target >= ${count(TARGETS.rebuildPerSecond)})`,
      );
    });

    const starting = performance.now();
    const started = await startBackboneProcess(databaseUrl);
    backbone = started.child;
    const paths: Record<PathName, Send> = { graphql: graphqlPath(started.url), 'graphql+writes': graphqlPath(started.url), baseline: baselinePath(pool) };
    await expectedSize('graphql', paths.graphql, 600_000); // the gateway answers the order
    await settle(pool, backbone);
    // Fresh statistics, as autovacuum would have gathered them by now on a live system.
    for (const table of READ_MODEL_TABLES) await pool.query(`ANALYZE "${READ_SCHEMA}".${table}`);
    const sizes: Record<PathName, number | 'any'> = {
      graphql: await expectedSize('graphql', paths.graphql, 0),
      'graphql+writes': 'any', // the progress reports change the answer
      baseline: await expectedSize('baseline', paths.baseline, 0),
    };
    console.log(
      `\nbackbone started, its consumers caught up with the log, idle after ${((performance.now() - starting) / 1000).toFixed(1)} s; order ${MEASURED_ORDER}: ` +
        `GraphQL answer ${count(sizes.graphql as number)} bytes, baseline answer ${count(sizes.baseline as number)} bytes\n` +
        `${CLIENTS} concurrent clients, ${REQUESTS} requests per measurement (graphql+writes ${requestsOf('graphql+writes')}) after a warm-up of ${Math.ceil(REQUESTS / 4)}; ` +
        `answer cache ${ANSWER_CACHE_MB === undefined ? 'at its default size' : `${ANSWER_CACHE_MB} MB`}; graphql+writes: ${WRITES_PER_SECOND} progress reports/s on the order\n`,
    );

    const results: Record<PathName, Measurement[]> = { graphql: [], 'graphql+writes': [], baseline: [] };
    const writes = { accepted: 0, refused: 0 };
    console.log('round  path            queries/s    p50 ms    p99 ms');
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const path of ['graphql', 'graphql+writes', 'baseline'] as const) {
        // The last measurement's progress reports changed the answer: take its size again once they are applied.
        if (path === 'graphql') sizes.graphql = await sleep(1000).then(() => expectedSize('graphql', paths.graphql, 0));
        const stopWriter = path === 'graphql+writes' ? startWriter(started.url, WRITES_PER_SECOND) : undefined;
        await measure(path, paths[path], Math.ceil(REQUESTS / 4), CLIENTS, sizes[path]); // warm-up: sockets, plans, JIT
        const profiling = PROFILE_DIR !== undefined && path === 'graphql';
        if (profiling) await ask(backbone, { type: 'profile-start' });
        const measurement = await measure(path, paths[path], requestsOf(path), CLIENTS, sizes[path]);
        if (profiling) await ask(backbone, { type: 'profile-stop', file: join(PROFILE_DIR, `order-tree-graphql-${round}.cpuprofile`) });
        const written = await stopWriter?.();
        writes.accepted += written?.accepted ?? 0;
        writes.refused += written?.refused ?? 0;
        results[path].push(measurement);
        const { perSecond, p50, p99 } = summarise([measurement]);
        console.log(`${String(round).padEnd(7)}${path.padEnd(14)}${fixed(perSecond, 1)}${fixed(p50, 2)}${fixed(p99, 2)}`);
      }
    }
    const graphql = summarise(results.graphql);
    const withWrites = summarise(results['graphql+writes']);
    const baseline = summarise(results.baseline);
    const ratio = graphql.perSecond / baseline.perSecond;
    const ratioWithWrites = withWrites.perSecond / baseline.perSecond;
    console.log(`\nprogress reports during graphql+writes: ${writes.accepted} accepted, ${writes.refused} refused`);
    console.log('\nboth rounds          queries/s    p50 ms    p99 ms');
    console.log(`graphql              ${fixed(graphql.perSecond, 1)}${fixed(graphql.p50, 2)}${fixed(graphql.p99, 2)}`);
    console.log(`graphql+writes       ${fixed(withWrites.perSecond, 1)}${fixed(withWrites.p50, 2)}${fixed(withWrites.p99, 2)}`);
    console.log(`baseline             ${fixed(baseline.perSecond, 1)}${fixed(baseline.p50, 2)}${fixed(baseline.p99, 2)}`);
    console.log(`GraphQL/baseline     ${fixed(ratio, 2)}${fixed(graphql.p50 / baseline.p50, 2)}${fixed(graphql.p99 / baseline.p99, 2)}`);
    console.log(`+writes/baseline     ${fixed(ratioWithWrites, 2)}${fixed(withWrites.p50 / baseline.p50, 2)}${fixed(withWrites.p99 / baseline.p99, 2)}`);
    console.log(`\nthroughput: GraphQL ${ratio.toFixed(2)}× the baseline  ${verdict(ratio >= TARGETS.ratio)} (target >= ${TARGETS.ratio}); with writes ${ratioWithWrites.toFixed(2)}×  ${verdict(ratioWithWrites >= TARGETS.ratio)}`);
    console.log(
      `latency:    GraphQL p99 ${graphql.p99.toFixed(1)} ms at ${CLIENTS} clients  ${verdict(graphql.p99 <= TARGETS.p99Ms)} (target <= ${TARGETS.p99Ms} ms); ` +
        `with writes ${withWrites.p99.toFixed(1)} ms  ${verdict(withWrites.p99 <= TARGETS.p99Ms)}`,
    );
    console.log(
      JSON.stringify({
        orders: ORDERS,
        events: log.events,
        clients: CLIENTS,
        requests: REQUESTS,
        rounds: ROUNDS,
        writesPerSecond: WRITES_PER_SECOND,
        answerCacheMb: ANSWER_CACHE_MB ?? 'default',
        rebuildEventsPerSecond: log.rebuilds.map(perSecondOf),
        graphql,
        graphqlWithWrites: withWrites,
        baseline,
        ratio,
        ratioWithWrites,
        writes,
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
