import { Logger, type DynamicModule, type INestApplicationContext, type LoggerService, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig, type RenkeiConfig } from '@renkei/config';
import { NestJsonLogger, createLogger, startTelemetry } from '@renkei/telemetry';
import { ProblemDetailsFilter, serviceUrlsFrom, type ApiService, type ServiceUrls } from '@renkei/service-kit';
import { CoreModule } from './core/core.module';
import { openCore, type OpenedCore } from './core/open-core';
import { createHttpAdapter } from './http/http-platform';
import { databaseCheck, eventStoreCheck, kafkaCheck, migrationsCheck } from './management/dependency-checks';
import { startManagementServer } from './management/management-server';
import type { ReadinessCheck } from './management/readiness';
import { ShutdownSequence } from './shutdown-sequence';

export type DistributedConfig = RenkeiConfig & { readonly DATABASE_URL: string };

/** One process of the distributed mode: which modules it runs and what it needs around them. */
export interface ServiceDefinition {
  /** The process's name, as in OTEL_SERVICE_NAME, compose and k8s (e.g. `orders`). */
  readonly name: string;
  /** Serves an HTTP API on PORT (every request authenticated). False for pure consumers (relay, process managers). */
  readonly api: boolean;
  /** Reads or writes Kafka: KAFKA_BROKERS is required and readiness checks the brokers. */
  readonly usesKafka: boolean;
  /** The Nest modules to run on top of the shared adapters (CoreModule is added here). */
  modules(core: OpenedCore, config: DistributedConfig): Array<Type | DynamicModule>;
  /** Routes outside Nest (the gateway's pages and REST edge). */
  configureHttp?(adapter: FastifyAdapter, config: DistributedConfig): void;
}

export interface RunningService {
  readonly apiUrl: string | null;
  readonly managementPort: number;
  stop(): Promise<void>;
}

/** Stopping takes longer than this only if something hangs: the process then exits anyway, before the kubelet's 30 s. */
const SHUTDOWN_DEADLINE_MS = 25_000;

/**
 * Starts one process of the distributed mode: the probes first (liveness answers during start-up),
 * then the shared adapters (migrating what they own), then the modules, and readiness last. A
 * SIGTERM or SIGINT drains in reverse: readiness says "stopping", HTTP stops taking requests and
 * finishes those in flight, consumers stop (committing what they applied), producers flush,
 * pools close.
 */
export async function runService(definition: ServiceDefinition, logger: LoggerService = new Logger(definition.name)): Promise<RunningService> {
  const config = requireDistributedConfig(definition, loadConfig());
  const management = await startManagementServer(config.HOST, config.RENKEI_MANAGEMENT_PORT);
  const shutdown = new ShutdownSequence((step, error) => logger.error(`stopping ${step} failed: ${error instanceof Error ? error.message : String(error)}`));
  shutdown.add('management port', () => management.close());
  try {
    const core = await openCore(
      // The static keys may be absent where only the directory's credentials and phone links are used.
      { config, apiKeys: config.RENKEI_API_KEYS ?? '', linkSigningKey: config.RENKEI_LINK_SIGNING_KEY ?? '' },
      shutdown,
    );
    const imports = [CoreModule.with(core), ...definition.modules(core, config)];
    const root = { module: class RenkeiService {}, imports };
    let app: INestApplicationContext;
    let apiUrl: string | null = null;
    if (definition.api) {
      const httpApp = await NestFactory.create<NestFastifyApplication>(root, createHttpAdapter({ configure: (adapter) => definition.configureHttp?.(adapter, config) }), { logger });
      httpApp.useGlobalFilters(new ProblemDetailsFilter());
      shutdown.add('application', () => httpApp.close());
      await httpApp.listen(config.PORT, config.HOST);
      const address = httpApp.getHttpServer().address() as { port: number };
      apiUrl = `http://${config.HOST}:${address.port}`;
      app = httpApp;
    } else {
      app = await NestFactory.createApplicationContext(root, { logger });
      shutdown.add('application', () => app.close());
      await app.init();
    }

    const checks: ReadinessCheck[] = [databaseCheck(core.readDatabase), eventStoreCheck(core.store), migrationsCheck(core.readDatabase, config.RENKEI_READ_SCHEMA)];
    if (definition.usesKafka && core.kafka !== null) {
      const brokers = kafkaCheck(core.kafka);
      shutdown.add('kafka probe', () => brokers.close());
      checks.push(brokers);
    }
    management.running(checks);
    logger.log(`${definition.name} is running${apiUrl === null ? '' : ` at ${apiUrl}`}; probes on :${management.port} (/livez, /readyz)`);

    return {
      apiUrl,
      managementPort: management.port,
      stop: async () => {
        management.stopping();
        await shutdown.run();
      },
    };
  } catch (error) {
    await shutdown.run();
    throw error;
  }
}

/**
 * Runs `definition` as the process's entry point: OpenTelemetry first (so everything after it is
 * traced), JSON logs with trace ids, exit 1 when it cannot start, and on SIGTERM/SIGINT a drain
 * that ends by flushing the last spans and metrics.
 */
export function runServiceProcess(definition: ServiceDefinition): void {
  const logger = new NestJsonLogger(createLogger(definition.name));
  // Loggers made with `new Logger(context)` anywhere in the process write through it too.
  Logger.overrideLogger(logger);
  const failed = (what: string) => (error: unknown) => {
    logger.error(`${definition.name} ${what}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  };
  let telemetry: { shutdown(): Promise<void> };
  try {
    telemetry = startTelemetry(definition.name);
  } catch (error) {
    return failed('could not start its telemetry')(error);
  }
  runService(definition, logger).then((service) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: draining ${definition.name}`);
      setTimeout(() => {
        logger.error(`${definition.name} did not stop within ${SHUTDOWN_DEADLINE_MS} ms; exiting anyway`);
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
      service
        .stop()
        .then(() => telemetry.shutdown())
        .then(
          () => process.exit(0),
          failed('did not stop cleanly'),
        );
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  }, failed('could not start'));
}

/** In distributed mode nothing is invented: a missing database, broker or secret stops the start with its name. */
function requireDistributedConfig(definition: ServiceDefinition, config: RenkeiConfig): DistributedConfig {
  const missing: string[] = [];
  if (!config.DATABASE_URL) missing.push('DATABASE_URL: is required (postgres://…)');
  if (definition.usesKafka && !config.KAFKA_BROKERS) missing.push('KAFKA_BROKERS: is required by this service (host:port[,host:port…])');
  if (definition.api && !config.RENKEI_LINK_SIGNING_KEY) {
    missing.push('RENKEI_LINK_SIGNING_KEY: is required (every replica must check phone links with the same key; e.g. openssl rand -base64 48)');
  }
  if (missing.length > 0) throw new Error(`invalid configuration for ${definition.name}:\n  ${missing.join('\n  ')}`);
  return config as DistributedConfig;
}

/** The URLs of the services a process calls (RENKEI_<SERVICE>_URL); a missing one stops the start with its name. */
export function requiredServiceUrls(config: RenkeiConfig, needed: readonly ApiService[]): ServiceUrls {
  const urls = serviceUrlsFrom(config, needed);
  if ('missing' in urls) throw new Error(`invalid configuration:\n  ${urls.missing.map((name) => `${name}: is required (e.g. http://<service>:3000)`).join('\n  ')}`);
  return urls;
}
