import { startEmbeddedPostgres } from './start-embedded-postgres';

/**
 * `node infra/runtime/start.cjs dist/libs/embedded-postgres/src/cli.js <dataDir> <port>`:
 * starts a throw-away server for the test command, prints DATABASE_URL=… once it
 * accepts connections, and stops it on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  if (!dataDir || !port) throw new Error('usage: cli.js <dataDir> <port>');
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(port),
    database: 'renkei_test',
    ephemeral: true,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  console.log(`DATABASE_URL=${server.connectionString}`);
  const stop = () => {
    server.stop().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`embedded PostgreSQL failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
