import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RenkeiConfig } from '@renkei/config';
import { IntegrationModule } from '@renkei/integration-service';
import { GatewayModule, deploymentLeadOf, registerWebPages } from '@renkei/gateway';
import { ProblemDetailsFilter } from '@renkei/service-kit';
import { CoreModule, ShutdownSequence, createHttpAdapter, openCore } from '@renkei/service-host';
import { BomExchangeModule } from '@renkei/bom-exchange-service';
import { NetworkModule } from '@renkei/network-service';
import { OrdersModule } from '@renkei/orders-service';
import { ProcessManagersModule } from '@renkei/process-managers-service';
import { QuotesModule } from '@renkei/quotes-service';
import { RelayModule } from '@renkei/relay-service';
import { WorkProgressModule } from '@renkei/work-progress-service';
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
  const linkSigningKey = config.RENKEI_LINK_SIGNING_KEY ?? ephemeralLinkSigningKey();
  const shutdown = new ShutdownSequence((step, error) => new Logger('shutdown').error(`${step}: ${String(error)}`));
  try {
    const core = await openCore({ config, apiKeys, linkSigningKey }, shutdown);
    const deploymentLead = deploymentLeadOf(core.staticKeys);
    const app = await NestFactory.create<NestFastifyApplication>(
      {
        module: class RenkeiBackbone {},
        imports: [
          CoreModule.with(core),
          WorkProgressModule,
          BomExchangeModule,
          NetworkModule.forRoot({ linkSigningKey }),
          QuotesModule,
          OrdersModule,
          ProcessManagersModule.forRoot({ readSchema: config.RENKEI_READ_SCHEMA }),
          IntegrationModule.fromConfig(config, core.kafka),
          GatewayModule.forRoot({
            databaseUrl: config.DATABASE_URL,
            readSchema: config.RENKEI_READ_SCHEMA,
            introspection: config.RENKEI_GRAPHQL_INTROSPECTION === 'on',
            deploymentLead,
            // JavaScript strings hold two bytes a character.
            answerCacheChars: (config.RENKEI_ANSWER_CACHE_MB * 1024 * 1024) / 2,
          }),
          // With Kafka, the relay runs here too (it takes the same lock a separate relay would).
          ...(core.kafka === null ? [] : [RelayModule.forRoot({ kafka: core.kafka, lockDatabaseUrl: config.DATABASE_URL, eventSchema: config.RENKEI_EVENT_SCHEMA })]),
        ],
      },
      createHttpAdapter({ configure: (adapter) => registerWebPages(adapter) }),
      { logger: ['error', 'warn'] },
    );
    // Closing the app stops HTTP first, then the consumers and the relay (their shutdown hooks);
    // the store and the pools close after it. Signals are the caller's to handle (see main.ts).
    shutdown.add('application', () => app.close());
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.listen(config.PORT, config.HOST);
    const address = app.getHttpServer().address() as { port: number };

    return {
      app,
      url: `http://${config.HOST}:${address.port}`,
      mode: core.kafka === null ? 'embedded-bus' : 'kafka',
      stop: () => shutdown.run(),
    };
  } catch (error) {
    await shutdown.run();
    throw error;
  }
}

/** Tests and one-off runs need no configuration; a deployment that hands out links sets RENKEI_LINK_SIGNING_KEY. */
function ephemeralLinkSigningKey(): string {
  new Logger('phone-links').warn('RENKEI_LINK_SIGNING_KEY is not set: phone links are signed with a key made for this run and stop working when Renkei restarts');
  return newLinkSigningKey();
}
