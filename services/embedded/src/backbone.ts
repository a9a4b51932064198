import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import type { RenkeiConfig } from '@renkei/config';
import { openPostgresEventStore } from '@renkei/event-store-postgres';
import { GatewayModule } from '@renkei/gateway';
import { InProcessEventSource, Inbox, KafkaEventSource, KafkaRelay, connectKafka, type EventSource } from '@renkei/messaging';
import { ApiKeyAuthenticator, ProblemDetailsFilter } from '@renkei/service-kit';
import { WorkProgressModule } from '@renkei/work-progress-service';
import { CoreModule } from './core.module';

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
  const store = await openPostgresEventStore({ connectionString: config.DATABASE_URL, schema: config.RENKEI_EVENT_SCHEMA });
  const readDatabase = new Pool({ connectionString: config.DATABASE_URL, max: 10 });
  readDatabase.on('error', () => undefined);
  const inbox = await Inbox.open(readDatabase, config.RENKEI_READ_SCHEMA);

  let eventSource: EventSource;
  let relay: KafkaRelay | undefined;
  if (config.KAFKA_BROKERS) {
    const kafka = connectKafka({ brokers: config.KAFKA_BROKERS, clientId: config.KAFKA_CLIENT_ID });
    relay = new KafkaRelay(kafka, store);
    const relaying = await relay.start();
    relaying.done.catch((error: unknown) => new Logger('relay').error(`relay stopped: ${String(error)}`));
    eventSource = new KafkaEventSource(kafka, inbox, undefined, `renkei.${config.RENKEI_READ_SCHEMA}.`);
  } else {
    eventSource = new InProcessEventSource(store, inbox, 500);
  }

  const app = await NestFactory.create(
    {
      module: class RenkeiBackbone {},
      imports: [
        CoreModule.with({ store, readDatabase, eventSource, authenticator: ApiKeyAuthenticator.fromSpec(apiKeys) }),
        WorkProgressModule,
        GatewayModule.forRoot({ readSchema: config.RENKEI_READ_SCHEMA, introspection: true }),
      ],
    },
    { logger: ['error', 'warn'] },
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  app.enableShutdownHooks();
  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address() as { port: number };

  return {
    app,
    url: `http://${config.HOST}:${address.port}`,
    mode: relay ? 'kafka' : 'embedded-bus',
    stop: async () => {
      await app.close();
      await relay?.stop();
      await store.close();
      await readDatabase.end();
    },
  };
}
