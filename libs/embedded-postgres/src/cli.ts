import { startEmbeddedPostgres } from './start-embedded-postgres';

/**
 * `node dist/libs/embedded-postgres/src/cli.js <dataDir> <port> <database> [--ephemeral] [--stop-with-stdin]`
 *
 * Runs the embedded PostgreSQL in a process of its own, so the app that uses it
 * decides when it stops (after draining, not at the first signal). Prints
 * `DATABASE_URL=…` once it accepts connections; stops on SIGTERM/SIGINT and, with
 * --stop-with-stdin, when its standard input closes (the parent is gone), so a
 * crashed app never leaves it orphaned.
 */
async function main(): Promise<void> {
  const [dataDir, port, database, ...flags] = process.argv.slice(2);
  if (!dataDir || !port || !database) throw new Error('usage: cli.js <dataDir> <port> <database> [--ephemeral] [--stop-with-stdin]');
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(port),
    database,
    ephemeral: flags.includes('--ephemeral'),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  console.log(`DATABASE_URL=${server.connectionString}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.stop().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  if (flags.includes('--stop-with-stdin')) {
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
  }
}

main().catch((error: unknown) => {
  console.error(`embedded PostgreSQL failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
