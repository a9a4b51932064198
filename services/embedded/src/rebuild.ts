import 'reflect-metadata';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { loadConfig } from '@renkei/config';
import { spawnEmbeddedPostgres, type EmbeddedPostgresProcess } from '@renkei/embedded-postgres';
import { openPostgresEventStore } from '@renkei/event-store-postgres';
import { ReadModelSchema, gatewayProjections, rebuildReadModels } from '@renkei/gateway';

/**
 * `npm run rebuild`: drops the gateway's read models and replays them from the global log.
 * Safe while Renkei runs against the same DATABASE_URL (readers keep the old rows until the
 * new ones commit). Without DATABASE_URL it starts the embedded PostgreSQL, so Renkei itself
 * must be stopped then.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let postgres: EmbeddedPostgresProcess | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    postgres = await spawnEmbeddedPostgres({ dataDir: `${resolve(config.RENKEI_DATA_DIR)}/postgres`, port: config.EMBEDDED_PG_PORT, database: 'renkei' });
    databaseUrl = postgres.connectionString;
  }
  const store = await openPostgresEventStore({ connectionString: databaseUrl, schema: config.RENKEI_EVENT_SCHEMA });
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const schema = await ReadModelSchema.open(databaseUrl, pool, config.RENKEI_READ_SCHEMA);
    try {
      const report = await rebuildReadModels(store, pool, schema, gatewayProjections(schema));
      const perSecond = Math.round(report.events / (report.elapsedMs / 1000));
      console.log(`read models rebuilt: ${report.events} events (${report.applied} applied) in ${Math.round(report.elapsedMs)} ms, ${perSecond} events/s`);
    } finally {
      await schema.close();
    }
  } finally {
    await pool.end();
    await store.close();
    await postgres?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
