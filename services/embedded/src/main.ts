import 'reflect-metadata';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@renkei/config';
import { NestJsonLogger, createLogger, startTelemetry } from '@renkei/telemetry';
import { spawnEmbeddedPostgres, type EmbeddedPostgresProcess } from '@renkei/embedded-postgres';
import { startBackbone } from './backbone';
import { demoApiKeys } from './demo-api-keys';
import { localLinkSigningKey } from './link-signing-key';

/** `npm start`: the whole backbone in one process; an embedded PostgreSQL unless DATABASE_URL is given. */
async function main(): Promise<void> {
  // As every distributed service: OTEL_* variables export traces and metrics, logs are JSON lines with trace ids.
  const telemetry = startTelemetry('renkei-embedded');
  Logger.overrideLogger(new NestJsonLogger(createLogger('renkei-embedded')));
  const config = loadConfig();
  const dataDir = resolve(config.RENKEI_DATA_DIR);
  const apiKeys = config.RENKEI_API_KEYS ?? demoApiKeys(dataDir);
  const linkSigningKey = config.RENKEI_LINK_SIGNING_KEY ?? localLinkSigningKey(dataDir);
  let postgres: EmbeddedPostgresProcess | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    postgres = await spawnEmbeddedPostgres({ dataDir: `${dataDir}/postgres`, port: config.EMBEDDED_PG_PORT, database: 'renkei' });
    databaseUrl = postgres.connectionString;
  }
  const backbone = await startBackbone({ ...config, DATABASE_URL: databaseUrl, RENKEI_LINK_SIGNING_KEY: linkSigningKey }, apiKeys).catch(async (error: unknown) => {
    await postgres?.stop();
    throw error;
  });

  // Drain in order: HTTP and consumers, relay, store, and PostgreSQL last. A second signal does not wait.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`\n${signal}: stopping Renkei…`);
    await backbone.stop().catch((error: unknown) => console.error(error));
    await postgres?.stop().catch((error: unknown) => console.error(error));
    await telemetry.shutdown().catch((error: unknown) => console.error(error));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const keys = apiKeys.split(',').map((entry) => entry.split(':'));
  console.log(
    [
      '',
      `Renkei is running (${postgres ? 'embedded PostgreSQL' : 'external PostgreSQL'}, ${backbone.mode === 'kafka' ? 'Kafka bus' : 'in-process bus'})`,
      `  GraphQL:        ${backbone.url}/graphql`,
      `  Order board:    ${backbone.url}/board`,
      `  Phone page:     ${backbone.url}/phone#token=<phone link token>  (POST /v1/companies/{workshopId}/phone-links)`,
      `  Progress API:   POST ${backbone.url}/v1/work-items/{poId}/{lineNo}/progress`,
      ...(config.RENKEI_API_KEYS ? [] : keys.map(([key, company, role]) => `  API key (${role}, ${company}): ${key}`)),
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
