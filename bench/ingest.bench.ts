/**
 * Ingest benchmark: authenticated, validated, idempotent progress POSTs per second
 * over HTTP from concurrent clients, against the whole backbone (embedded bus) in a
 * child process, next to plain single-row INSERTs of the same payload at the same
 * concurrency on the same PostgreSQL, in the same run. Target: >= 0.25x.
 *
 *   DATABASE_URL=postgres://… npm run bench:ingest     (or an embedded PostgreSQL)
 *   BENCH_REQUESTS=4000 BENCH_CLIENTS=16 BENCH_LINES=50 BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=…"
 *
 * Each client reports on the BENCH_LINES lines of its own purchase order in turn, so a
 * work item gets a handful of reports, as a real line does, not thousands.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import { spawnEmbeddedPostgres, type EmbeddedPostgresProcess } from '@renkei/embedded-postgres';
import { openWorkItems } from '../services/embedded/src/open-work-items';

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 4000);
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 16);
const LINES = Number(process.env['BENCH_LINES'] ?? 50);
const PORT = 3900 + Math.floor(Math.random() * 50);
const KEY = `bench-workshop-${randomUUID()}`;
const LEAD_KEY = `bench-lead-${randomUUID()}`;
const run = Date.now().toString(36);

const report = (client: number, index: number) => ({ status: 'in_progress', qtyGood: index, qtyScrap: 0, eta: '2026-11-28', note: `client ${client}` });

async function timed(total: number, clients: number, operation: (client: number, index: number) => Promise<void>): Promise<number> {
  const perClient = Math.ceil(total / clients);
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: clients }, async (_, client) => {
    for (let index = 0; index < perClient; index += 1) await operation(client, index);
  }));
  return (perClient * clients) / (Number(process.hrtime.bigint() - started) / 1e9);
}

// node:http with keep-alive, not fetch: in this process fetch itself tops out near the rate we measure.
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

function postJson(path: string, payload: unknown): Promise<{ status: number; body: string }> {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: PORT,
        path,
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${KEY}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': randomUUID(),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function startBackboneProcess(databaseUrl: string) {
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to look inside the server.
  const nodeArgs = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter((arg) => arg.length > 0);
  const child = spawn(process.execPath, [...nodeArgs, join(__dirname, '..', '..', 'infra', 'runtime', 'start.cjs'), 'dist/services/embedded/src/main.js'], {
    cwd: join(__dirname, '..', '..'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(PORT),
      RENKEI_API_KEYS: `${KEY}:ws-bench:workshop,${LEAD_KEY}:lead-bench:lead`,
      RENKEI_EVENT_SCHEMA: `bench_es_${run}`,
      RENKEI_READ_SCHEMA: `bench_rm_${run}`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, failed) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Renkei is running') && ready());
    child.once('exit', (code) => failed(new Error(`backbone exited with ${code}`)));
  });
  return child;
}

/**
 * Accepting a POST is half the work: the in-process consumers (read model, process managers) must
 * keep up. How long after the last accepted POST does the read model hold every event?
 */
async function readModelCatchUpMs(pool: Pool): Promise<number> {
  const started = Date.now();
  const head = await pool.query<{ position: string }>(`SELECT tx_id::text || '-' || seq AS position FROM bench_es_${run}.events ORDER BY tx_id DESC, seq DESC LIMIT 1`);
  const [commit, prepare] = (head.rows[0]?.position ?? '0-0').split('-').map(BigInt) as [bigint, bigint];
  for (;;) {
    const read = await pool.query<{ position: string }>(`SELECT position FROM bench_rm_${run}.consumer_positions WHERE consumer = 'gateway-read-model'`);
    const [readCommit, readPrepare] = (read.rows[0]?.position ?? '0-0').split('-').map(BigInt) as [bigint, bigint];
    if (readCommit > commit || (readCommit === commit && readPrepare >= prepare)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
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
  const baselineSchema = `bench_plain_${run}`;
  await pool.query(`CREATE SCHEMA ${baselineSchema}; CREATE TABLE ${baselineSchema}.reports (id uuid PRIMARY KEY, work_item text NOT NULL, data jsonb NOT NULL)`);
  const backbone = await startBackboneProcess(databaseUrl);
  // Each client reports on the lines of its own purchase order, opened the real way (BOM, orders, acceptance).
  for (let client = 0; client < CLIENTS; client += 1) {
    await openWorkItems({
      baseUrl: `http://127.0.0.1:${PORT}`,
      lead: { key: LEAD_KEY, companyId: 'lead-bench' },
      workshop: { key: KEY, companyId: 'ws-bench' },
      purchaseOrderId: `PO-B${client}-${run}`,
      lines: LINES,
    });
  }
  const post = async (client: number, index: number) => {
    const { status, body } = await postJson(`/v1/work-items/PO-B${client}-${run}/${(index % LINES) + 1}/progress`, report(client, index));
    if (status !== 201) throw new Error(`POST answered ${status}: ${body}`);
  };
  const insert = async (client: number, index: number) => {
    await pool.query(`INSERT INTO ${baselineSchema}.reports (id, work_item, data) VALUES ($1, $2, $3)`, [
      randomUUID(),
      `PO-B${client}-${(index % LINES) + 1}`,
      JSON.stringify(report(client, index)),
    ]);
  };
  try {
    await timed(CLIENTS * 20, CLIENTS, post); // warm-up: connections, JIT, plans
    await timed(CLIENTS * 20, CLIENTS, insert);
    const http = await timed(REQUESTS, CLIENTS, post);
    const catchUp = await readModelCatchUpMs(pool);
    const plain = await timed(REQUESTS, CLIENTS, insert);
    console.log(`\nIngest benchmark — ${REQUESTS} requests, ${CLIENTS} concurrent clients over ${LINES} lines each, HTTP platform: Fastify (NestJS)\n`);
    console.log(`progress POSTs/s (auth, validation, idempotency, append): ${http.toFixed(0)}`);
    console.log(`plain single-row INSERTs/s, same payload and concurrency:  ${plain.toFixed(0)}`);
    console.log(`ratio: ${(http / plain).toFixed(2)} (target >= 0.25)`);
    console.log(`read model held every event ${catchUp} ms after the last POST was answered`);
    console.log(JSON.stringify({ requests: REQUESTS, clients: CLIENTS, httpPerSecond: http, plainPerSecond: plain }));
  } finally {
    backbone.kill('SIGTERM');
    await new Promise((resolve) => backbone.once('exit', resolve));
    await pool.query(`DROP SCHEMA ${baselineSchema} CASCADE; DROP SCHEMA IF EXISTS bench_es_${run} CASCADE; DROP SCHEMA IF EXISTS bench_rm_${run} CASCADE`);
    await pool.end();
    agent.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
