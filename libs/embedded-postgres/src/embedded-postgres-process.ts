import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface EmbeddedPostgresProcess {
  readonly connectionString: string;
  /** Stops PostgreSQL cleanly and waits for it. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

/**
 * Starts `cli.js` (next to this file once compiled) in its own process group:
 * Ctrl+C reaches the app, which drains and then stops PostgreSQL last.
 * Server output goes to `<dataDir>/postgres.log`.
 */
export function spawnEmbeddedPostgres(options: { dataDir: string; port: number; database: string }): Promise<EmbeddedPostgresProcess> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(dataDir, 'postgres.log');
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [join(__dirname, 'cli.js'), dataDir, String(options.port), options.database, '--stop-with-stdin'], {
    detached: true,
    stdio: ['pipe', 'pipe', log],
  });
  closeSync(log);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => fail(`did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      rejectStart(new Error(`embedded PostgreSQL ${why}; see ${logFile}:\n${tail(logFile)}`));
    };
    child.once('exit', (code) => fail(`exited with code ${code}`));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('DATABASE_URL=')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolveStart({
        connectionString: line.slice('DATABASE_URL='.length),
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
}
