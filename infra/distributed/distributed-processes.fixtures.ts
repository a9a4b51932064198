import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** The processes of the distributed mode (infra/compose.yaml and k8s/ run the same ones). */
export const PROCESSES = ['network', 'bom-exchange', 'orders', 'quotes', 'work-progress', 'integration', 'process-managers', 'gateway', 'relay-a', 'relay-b'] as const;
export type ProcessName = (typeof PROCESSES)[number];

const WITH_API = new Set<ProcessName>(['network', 'bom-exchange', 'orders', 'quotes', 'work-progress', 'integration', 'gateway']);
const root = resolve(__dirname, '..', '..');

export interface DistributedSettings {
  readonly databaseUrl: string;
  readonly kafkaBrokers: string;
  readonly eventSchema: string;
  readonly readSchema: string;
  readonly apiKeys: string;
  /** Each process's stdout and stderr go to <logDir>/<name>.log (appended across restarts). */
  readonly logDir: string;
}

interface Ports {
  readonly api: number;
  readonly management: number;
}

/**
 * Every service of the distributed mode as its own OS process, started from the build in dist/ as
 * a container would start it (`node infra/runtime/start.cjs dist/services/<name>/src/main.js`),
 * on this machine's PostgreSQL and Kafka. Two relays run, as in k8s, one active and one standing by.
 */
export class DistributedRenkei {
  private readonly children = new Map<ProcessName, ChildProcess>();

  private constructor(
    private readonly settings: DistributedSettings,
    private readonly ports: ReadonlyMap<ProcessName, Ports>,
  ) {}

  static async start(settings: DistributedSettings): Promise<DistributedRenkei> {
    const entry = join(root, 'dist/services/gateway/src/main.js');
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first (npm test does)`);
    mkdirSync(settings.logDir, { recursive: true });
    const ports = new Map<ProcessName, Ports>();
    for (const name of PROCESSES) ports.set(name, { api: await freePort(), management: await freePort() });
    const renkei = new DistributedRenkei(settings, ports);
    for (const name of PROCESSES) renkei.spawn(name);
    await Promise.all(PROCESSES.map((name) => renkei.waitUntilReady(name)));
    return renkei;
  }

  /** The public address: the gateway (GraphQL, pages, and the REST edge to every service). */
  get url(): string {
    return this.apiUrl('gateway');
  }

  apiUrl(name: ProcessName): string {
    return `http://127.0.0.1:${this.portsOf(name).api}`;
  }

  /** SIGKILL: no drain, no flush, no goodbye to the database or the brokers, as a crash or an OOM kill. */
  async kill(name: ProcessName): Promise<void> {
    const child = this.children.get(name);
    if (child === undefined || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.children.delete(name);
  }

  /** Starts `name` again on its same ports (k8s keeps a Service's address; here the others' URLs stay valid). */
  restart(name: ProcessName): void {
    this.spawn(name);
  }

  /** Polls /readyz until it answers 200; the time it took, in milliseconds. */
  async waitUntilReady(name: ProcessName, timeoutMs = 60_000): Promise<number> {
    const startedAt = Date.now();
    for (;;) {
      const child = this.children.get(name);
      if (child === undefined || child.exitCode !== null) throw new Error(`${name} exited (code ${child?.exitCode}); see ${this.logOf(name)}`);
      const status = await fetch(`http://127.0.0.1:${this.portsOf(name).management}/readyz`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return Date.now() - startedAt;
      if (Date.now() - startedAt > timeoutMs) throw new Error(`${name} not ready within ${timeoutMs} ms; see ${this.logOf(name)}`);
      await new Promise((resume) => setTimeout(resume, 100));
    }
  }

  /** SIGTERM to all, as an orderly shutdown: each one's exit code and how long it took to drain (what does not stop in 30 s is killed). */
  async stop(): Promise<Map<ProcessName, { readonly code: number | null; readonly ms: number }>> {
    const outcomes = new Map<ProcessName, { code: number | null; ms: number }>();
    await Promise.all(
      [...this.children.entries()].map(async ([name, child]) => {
        if (child.exitCode !== null) return;
        const startedAt = Date.now();
        const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        outcomes.set(name, { code: await exited, ms: Date.now() - startedAt });
        clearTimeout(timer);
      }),
    );
    this.children.clear();
    return outcomes;
  }

  /** The OS process id of `name` now (changes with every restart). */
  pidOf(name: ProcessName): number | undefined {
    return this.children.get(name)?.pid;
  }

  logOf(name: ProcessName): string {
    return join(this.settings.logDir, `${name}.log`);
  }

  private spawn(name: ProcessName): void {
    const service = name.startsWith('relay') ? 'relay' : name;
    const ports = this.portsOf(name);
    const log = createWriteStream(this.logOf(name), { flags: 'a' });
    const child = spawn(process.execPath, ['infra/runtime/start.cjs', `dist/services/${service}/src/main.js`], {
      cwd: root,
      env: { ...this.environment(), PORT: WITH_API.has(name) ? String(ports.api) : '0', RENKEI_MANAGEMENT_PORT: String(ports.management), KAFKA_CLIENT_ID: `renkei-${name}`, OTEL_SERVICE_NAME: name },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    this.children.set(name, child);
  }

  private environment(): NodeJS.ProcessEnv {
    const { PATH, HOME } = process.env;
    const urlOf = (name: ProcessName) => this.apiUrl(name);
    return {
      PATH,
      HOME,
      NODE_ENV: 'production',
      DATABASE_URL: this.settings.databaseUrl,
      KAFKA_BROKERS: this.settings.kafkaBrokers,
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      RENKEI_EVENT_SCHEMA: this.settings.eventSchema,
      RENKEI_READ_SCHEMA: this.settings.readSchema,
      RENKEI_API_KEYS: this.settings.apiKeys,
      RENKEI_LINK_SIGNING_KEY: 'distributed-e2e-link-signing-key-0123456789',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      RENKEI_WORK_PROGRESS_URL: urlOf('work-progress'),
      RENKEI_ORDERS_URL: urlOf('orders'),
      RENKEI_QUOTES_URL: urlOf('quotes'),
      RENKEI_BOM_EXCHANGE_URL: urlOf('bom-exchange'),
      RENKEI_NETWORK_URL: urlOf('network'),
      RENKEI_INTEGRATION_URL: urlOf('integration'),
    };
  }

  private portsOf(name: ProcessName): Ports {
    const ports = this.ports.get(name);
    if (ports === undefined) throw new Error(`no such process: ${name}`);
    return ports;
  }
}

/** A port nobody listens on now (the OS picks it); the process binds it a moment later. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
