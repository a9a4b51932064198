/**
 * GraphQL driver benchmark: the same code-first resolvers served by NestJS on Fastify through
 * ApolloDriver and through MercuriusDriver, each app in its own child process on an ephemeral port,
 * driven over keep-alive HTTP by the same client at the same concurrency. Two queries: an order of
 * 1,000 BOM nodes (10 scalar fields each, a flat list) and a small object of 5 fields. The drivers
 * run alternately, twice, to spread drift (CPU frequency, GC, other load) over both.
 *
 *   npm run bench:graphql-driver
 *   BENCH_CLIENTS=10 BENCH_REQUESTS_LARGE=3000 BENCH_REQUESTS_SMALL=20000
 *   BENCH_MERCURIUS_JIT=1 BENCH_APOLLO_CACHE_CONTROL=off
 *
 * Both drivers run with their defaults (parsed and validated documents cached), as the gateway
 * would. BENCH_MERCURIUS_JIT=1 turns on Mercurius's graphql-jit compilation from a query's first
 * use; BENCH_APOLLO_CACHE_CONTROL=off removes the cache-control plugin Apollo installs by default,
 * which hooks every resolved field (the gateway sets no cache hints, so it could go).
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Field, GraphQLModule, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { createHttpAdapter } from '@renkei/service-host';

const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 10);
const REQUESTS = { order: Number(process.env['BENCH_REQUESTS_LARGE'] ?? 3000), status: Number(process.env['BENCH_REQUESTS_SMALL'] ?? 20000) };
const ROUNDS = 2;
const NODES = 1000;
const MERCURIUS_JIT = process.env['BENCH_MERCURIUS_JIT'] === '1';
const APOLLO_CACHE_CONTROL = process.env['BENCH_APOLLO_CACHE_CONTROL'] !== 'off';

type DriverName = 'apollo' | 'mercurius';
type QueryName = keyof typeof REQUESTS;
const DRIVERS: readonly DriverName[] = ['apollo', 'mercurius'];

// ---- the app both drivers serve -------------------------------------------------------------

@ObjectType('BenchBomNode')
class BenchBomNode {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field() partNumber!: string;
  @Field() description!: string;
  @Field(() => Int) quantity!: number;
  @Field() unit!: string;
  @Field() material!: string;
  @Field(() => Int) operation!: number;
  @Field() status!: string;
  @Field() dueDate!: string;
}

@ObjectType('BenchOrder')
class BenchOrder {
  @Field(() => ID) id!: string;
  @Field() customerId!: string;
  @Field(() => [BenchBomNode], { description: 'The order’s BOM tree, flattened: each node names its parent' }) nodes!: BenchBomNode[];
}

@ObjectType('BenchStatus')
class BenchStatus {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) version!: number;
  @Field() healthy!: boolean;
  @Field() checkedAt!: string;
}

// Built once, so both drivers serialise the same objects and the resolvers cost next to nothing.
const ORDER: BenchOrder = {
  id: 'CO-1',
  customerId: 'lead-1',
  nodes: Array.from({ length: NODES }, (_, index) => ({
    id: `N-${index}`,
    parentId: index === 0 ? null : `N-${Math.floor((index - 1) / 4)}`,
    partNumber: `PN-${100000 + index}`,
    description: `machined part ${index}, anodised`,
    quantity: 1 + (index % 12),
    unit: 'pcs',
    material: index % 3 === 0 ? 'A5052' : 'S45C',
    operation: 10 * (1 + (index % 6)),
    status: index % 5 === 0 ? 'completed' : 'in_progress',
    dueDate: `2026-12-${String(1 + (index % 28)).padStart(2, '0')}`,
  })),
};
const STATUS: BenchStatus = { id: 'gateway', name: 'Renkei gateway', version: 3, healthy: true, checkedAt: '2026-11-20T10:00:00Z' };

@Resolver()
class BenchResolver {
  @Query(() => BenchOrder, { nullable: true })
  order(@Args('id', { type: () => ID }) id: string): BenchOrder | null {
    return id === ORDER.id ? ORDER : null;
  }

  @Query(() => BenchStatus)
  status(): BenchStatus {
    return STATUS;
  }
}

// Both drivers call the context function with Fastify's request; the gateway's reads the Authorization header.
const context = (request: FastifyRequest) => ({ authorization: request.headers.authorization });

@Module({})
class BenchAppModule {
  static forDriver(driver: DriverName): DynamicModule {
    const shared = { autoSchemaFile: true, sortSchema: true, path: '/graphql', context };
    const graphql =
      driver === 'apollo'
        ? GraphQLModule.forRoot<ApolloDriverConfig>({ ...shared, driver: ApolloDriver, playground: false, ...(APOLLO_CACHE_CONTROL ? {} : { plugins: [ApolloServerPluginCacheControlDisabled()] }) })
        : GraphQLModule.forRoot<MercuriusDriverConfig>({ ...shared, driver: MercuriusDriver, graphiql: false, ...(MERCURIUS_JIT ? { jit: 1 } : {}) });
    return { module: BenchAppModule, imports: [graphql], providers: [BenchResolver] };
  }
}

/** In a child process: serve the app with `driver` on the platform the backbone uses, and tell the parent the port. */
async function serve(driver: DriverName): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(BenchAppModule.forDriver(driver), createHttpAdapter(), { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  process.send?.({ port: (app.getHttpServer().address() as AddressInfo).port });
  process.once('disconnect', () => void app.close());
}

// ---- the client -------------------------------------------------------------------------------

const QUERIES: Record<QueryName, string> = {
  order: JSON.stringify({
    query: 'query Order($id: ID!) { order(id: $id) { id customerId nodes { id parentId partNumber description quantity unit material operation status dueDate } } }',
    variables: { id: ORDER.id },
  }),
  status: JSON.stringify({ query: '{ status { id name version healthy checkedAt } }' }),
};

// node:http with keep-alive, not fetch: fetch costs the client more than the servers we measure (see ingest.bench.ts).
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

interface Answer {
  readonly status: number;
  readonly bytes: number;
  readonly text?: string;
}

/** POSTs `body` to /graphql; keeps the response text only when asked, so reading answers costs the client little. */
function post(port: number, body: string, keepText = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        let bytes = 0;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (keepText) chunks.push(chunk);
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes, ...(keepText ? { text: Buffer.concat(chunks).toString('utf8') } : {}) }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Checks one full answer and returns its size: every timed answer must be 200 and exactly as long. */
async function expectedSize(driver: DriverName, port: number, query: QueryName): Promise<number> {
  const answer = await post(port, QUERIES[query], true);
  const parsed = JSON.parse(answer.text ?? '{}') as { data?: { order?: { nodes: unknown[] }; status?: BenchStatus }; errors?: unknown };
  const complete = query === 'order' ? parsed.data?.order?.nodes.length === NODES : parsed.data?.status?.id === STATUS.id;
  if (answer.status !== 200 || parsed.errors || !complete) throw new Error(`${driver} answered ${query} with ${answer.status}: ${answer.text?.slice(0, 300)}`);
  return answer.bytes;
}

interface Measurement {
  readonly seconds: number;
  readonly latenciesMs: Float64Array;
}

/** `total` requests from CLIENTS concurrent clients, each sending its next as soon as its last is answered. */
async function measure(driver: DriverName, port: number, query: QueryName, total: number, size: number): Promise<Measurement> {
  const latenciesMs = new Float64Array(total);
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < total) {
        const index = next++;
        const sent = process.hrtime.bigint();
        const answer = await post(port, QUERIES[query]);
        latenciesMs[index] = Number(process.hrtime.bigint() - sent) / 1e6;
        if (answer.status !== 200 || answer.bytes !== size) throw new Error(`${driver} answered ${query} with ${answer.status}, ${answer.bytes} bytes (expected ${size})`);
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

function startServer(driver: DriverName, children: ChildProcess[]): Promise<{ port: number }> {
  const root = join(__dirname, '..', '..');
  const child = spawn(process.execPath, [join(root, 'infra', 'runtime', 'start.cjs'), 'dist/bench/graphql-driver.bench.js', 'serve', driver], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  return new Promise((ready, failed) => {
    child.once('message', (message: { port: number }) => ready({ port: message.port }));
    child.once('exit', (code) => failed(new Error(`the ${driver} app exited with ${code}`)));
  });
}

function versionOf(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

const fixed = (value: number, digits: number) => value.toFixed(digits).padStart(9);
// Other work on the machine moves these figures more than anything measured; say how busy it was.
const load = () => `${availableParallelism()} CPUs, 1-minute load average ${loadavg()[0]?.toFixed(2)}`;

async function main(): Promise<void> {
  const children: ChildProcess[] = [];
  const results = new Map<string, Measurement[]>();
  try {
    const servers = { apollo: await startServer('apollo', children), mercurius: await startServer('mercurius', children) };
    const sizes = new Map<string, number>();
    for (const driver of DRIVERS) for (const query of ['order', 'status'] as const) sizes.set(`${driver}/${query}`, await expectedSize(driver, servers[driver].port, query));

    console.log(
      `\nGraphQL driver benchmark — NestJS ${versionOf('@nestjs/core')} on Fastify ${versionOf('fastify')}, graphql ${versionOf('graphql')}; ` +
        `@nestjs/apollo ${versionOf('@nestjs/apollo')} + @apollo/server ${versionOf('@apollo/server')}${APOLLO_CACHE_CONTROL ? '' : ' (cache control off)'} vs @nestjs/mercurius ${versionOf('@nestjs/mercurius')} + mercurius ${versionOf('mercurius')}` +
        `${MERCURIUS_JIT ? ' (jit: 1)' : ''}\n${CLIENTS} concurrent keep-alive HTTP/1.1 clients; each app in its own process; node ${process.version}; ${load()}\n` +
        `order: ${NODES} nodes × 10 fields (${sizes.get('apollo/order')} bytes), ${REQUESTS.order} requests; status: 5 fields (${sizes.get('apollo/status')} bytes), ${REQUESTS.status} requests; ` +
        `each measurement after a warm-up of a quarter as many\n`,
    );
    console.log('round  driver     query     queries/s   p50 ms    p99 ms');
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const driver of DRIVERS) {
        for (const query of ['order', 'status'] as const) {
          const { port } = servers[driver];
          const size = sizes.get(`${driver}/${query}`) ?? 0;
          await measure(driver, port, query, Math.ceil(REQUESTS[query] / 4), size); // warm-up: sockets, JIT, caches
          const measurement = await measure(driver, port, query, REQUESTS[query], size);
          results.set(`${driver}/${query}`, [...(results.get(`${driver}/${query}`) ?? []), measurement]);
          const { perSecond, p50, p99 } = summarise([measurement]);
          console.log(`${String(round).padEnd(7)}${driver.padEnd(11)}${query.padEnd(8)}${fixed(perSecond, 0)}${fixed(p50, 2)}${fixed(p99, 2)}`);
        }
      }
    }

    console.log(`machine at the end: ${load()}`);
    console.log(`\nboth rounds pooled         queries/s            p50 ms              p99 ms`);
    console.log('query     apollo  mercurius  M/A     apollo mercurius  M/A    apollo mercurius  M/A');
    const summary: Record<string, unknown> = {};
    for (const query of ['order', 'status'] as const) {
      const apollo = summarise(results.get(`apollo/${query}`) ?? []);
      const mercurius = summarise(results.get(`mercurius/${query}`) ?? []);
      console.log(
        `${query.padEnd(8)}${fixed(apollo.perSecond, 0)}${fixed(mercurius.perSecond, 0)}${fixed(mercurius.perSecond / apollo.perSecond, 2)}` +
          `${fixed(apollo.p50, 2)}${fixed(mercurius.p50, 2)}${fixed(mercurius.p50 / apollo.p50, 2)}` +
          `${fixed(apollo.p99, 2)}${fixed(mercurius.p99, 2)}${fixed(mercurius.p99 / apollo.p99, 2)}`,
      );
      summary[query] = { apollo, mercurius, ratioQueriesPerSecond: mercurius.perSecond / apollo.perSecond };
    }
    console.log(JSON.stringify({ clients: CLIENTS, requests: REQUESTS, rounds: ROUNDS, mercuriusJit: MERCURIUS_JIT, apolloCacheControl: APOLLO_CACHE_CONTROL, ...summary }));
  } finally {
    agent.destroy();
    for (const child of children) if (child.connected) child.disconnect(); // each app closes when its parent lets go
  }
}

if (process.argv[2] === 'serve') {
  serve(process.argv[3] === 'mercurius' ? 'mercurius' : 'apollo').catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
