import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import type { RenkeiConfig } from '@renkei/config';
import { openPostgresEventStore } from '@renkei/event-store-postgres';
import { IntegrationModule } from '@renkei/integration-service';
import { GatewayModule } from '@renkei/gateway';
import { InProcessEventSource, Inbox, KafkaEventSource, KafkaRelay, connectKafka, keepRunning, type EventSource } from '@renkei/messaging';
import { EventSourcedDirectory, PhoneLinkAuthenticator } from '@renkei/member-directory';
import { ApiKeyAuthenticator, ProblemDetailsFilter, firstOf } from '@renkei/service-kit';
import { BomExchangeModule } from '@renkei/bom-exchange-service';
import { NetworkModule } from '@renkei/network-service';
import { OrdersModule } from '@renkei/orders-service';
import { ProcessManagersModule } from '@renkei/process-managers-service';
import { QuotesModule } from '@renkei/quotes-service';
import { WorkProgressModule } from '@renkei/work-progress-service';
import { CoreModule } from './core.module';
import { createHttpAdapter } from './http-platform';
import { newLinkSigningKey } from './link-signing-key';

export interface RunningBackbone {
  readonly app: INestApplication;
  readonly url: string;
  readonly mode: 'embedded-bus' | 'kafka';
  stop(): Promise<void>;
}

/**
 * Every service and the gateway in one process, on one PostgreSQL. With Kafka
 * brokers configured, the relay publishes to Kafka and the gateway consumes from
 * it; without, the gateway reads the event store's subscription directly.
 */
export async function startBackbone(config: RenkeiConfig & { DATABASE_URL: string }, apiKeys: string): Promise<RunningBackbone> {
  const staticKeys = ApiKeyAuthenticator.fromSpec(apiKeys);
  const deploymentLead = assertOneLeadContractor(staticKeys);
  const linkSigningKey = config.RENKEI_LINK_SIGNING_KEY ?? ephemeralLinkSigningKey();
  const cleanup: Array<() => Promise<unknown>> = [];
  const stopAll = async () => {
    for (const step of cleanup.reverse()) await step().catch((error: unknown) => new Logger('shutdown').error(String(error)));
    cleanup.length = 0;
  };
  try {
    const store = await openPostgresEventStore({ connectionString: config.DATABASE_URL, schema: config.RENKEI_EVENT_SCHEMA });
    cleanup.push(() => store.close());
    const readDatabase = new Pool({ connectionString: config.DATABASE_URL, max: 10 });
    readDatabase.on('error', () => undefined);
    cleanup.push(() => readDatabase.end());
    const inbox = await Inbox.open(readDatabase, config.RENKEI_READ_SCHEMA);
    const directory = new EventSourcedDirectory();
    await directory.start(store);
    cleanup.push(() => directory.stop());
    const authenticator = firstOf(staticKeys, directory, new PhoneLinkAuthenticator(directory, linkSigningKey));

    const logSource = new InProcessEventSource(store, inbox, 500);
    let eventSource: EventSource;
    let kafka: Kafka | null = null;
    if (config.KAFKA_BROKERS) {
      kafka = connectKafka({ brokers: config.KAFKA_BROKERS, clientId: config.KAFKA_CLIENT_ID });
      const relay = new KafkaRelay(kafka, store);
      const logger = new Logger('relay');
      const relaying = keepRunning(() => relay.start(), {
        onError: (error, restartInMs) => logger.error(`relay stopped, restarting in ${restartInMs} ms: ${error instanceof Error ? error.message : String(error)}`),
      });
      cleanup.push(async () => {
        await relaying.stop();
        await relay.stop();
      });
      eventSource = new KafkaEventSource(kafka, inbox, undefined, `renkei.${config.RENKEI_READ_SCHEMA}.`);
    } else {
      eventSource = logSource;
    }

    const app = await NestFactory.create<NestFastifyApplication>(
      {
        module: class RenkeiBackbone {},
        imports: [
          CoreModule.with({ store, readDatabase, eventSource, logSource, authenticator, directory }),
          WorkProgressModule,
          BomExchangeModule,
          NetworkModule.forRoot({ linkSigningKey }),
          QuotesModule,
          OrdersModule,
          ProcessManagersModule.forRoot({ readSchema: config.RENKEI_READ_SCHEMA }),
          IntegrationModule.forRoot({
            schema: config.RENKEI_READ_SCHEMA,
            kafkaServerUrl: config.KAFKA_BROKERS?.[0] ?? null,
            kafka,
            webhooks: {
              allowedTargets: config.RENKEI_WEBHOOK_ALLOWED_TARGETS,
              timeoutMs: config.RENKEI_WEBHOOK_TIMEOUT_MS,
              retryScheduleMs: config.RENKEI_WEBHOOK_RETRY_SCHEDULE_MS,
              pollMs: config.RENKEI_WEBHOOK_POLL_MS,
            },
          }),
          GatewayModule.forRoot({
            databaseUrl: config.DATABASE_URL,
            readSchema: config.RENKEI_READ_SCHEMA,
            introspection: config.RENKEI_GRAPHQL_INTROSPECTION === 'on',
            deploymentLead,
            // JavaScript strings hold two bytes a character.
            answerCacheChars: (config.RENKEI_ANSWER_CACHE_MB * 1024 * 1024) / 2,
          }),
        ],
      },
      createHttpAdapter(),
      { logger: ['error', 'warn'] },
    );
    // Closing the app stops HTTP first, then the consumers (their shutdown hooks); the relay,
    // the store and the pools close after it. Signals are the caller's to handle (see main.ts).
    cleanup.push(() => app.close());
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.listen(config.PORT, config.HOST);
    const address = app.getHttpServer().address() as { port: number };

    return {
      app,
      url: `http://${config.HOST}:${address.port}`,
      mode: config.KAFKA_BROKERS ? 'kafka' : 'embedded-bus',
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Tests and one-off runs need no configuration; a deployment that hands out links sets RENKEI_LINK_SIGNING_KEY. */
function ephemeralLinkSigningKey(): string {
  new Logger('phone-links').warn('RENKEI_LINK_SIGNING_KEY is not set: phone links are signed with a key made for this run and stop working when Renkei restarts');
  return newLinkSigningKey();
}

/**
 * Work reported before any purchase order opened it (step-1 style, no buyer on record)
 * is shown to the deployment's lead contractor, named by the static keys. Two static
 * leads would make that ambiguous, so a second one is refused rather than shown the
 * first one's work. Items opened from purchase orders are shown from their own facts.
 */
function assertOneLeadContractor(authenticator: ApiKeyAuthenticator): string | null {
  const leads = authenticator.companiesWithRole('lead');
  if (leads.length > 1) {
    throw new Error(`RENKEI_API_KEYS: ${leads.length} lead companies (${leads.join(', ')}); this version serves one lead contractor per deployment`);
  }
  return leads[0] ?? null;
}
