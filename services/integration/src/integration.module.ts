import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { AsyncApiController, KAFKA_SERVER_URL } from './contract/asyncapi.controller';
import type { RenkeiConfig } from '@renkei/config';
import type { ServiceUrls } from '@renkei/service-kit';
import { EDI_CONTROLLERS, ediProviders } from './edi';
import { FeedController } from './feed/feed.controller';
import { SharedEventsWakeUp } from './feed/shared-events-wake-up';
import { INTEGRATION_SCHEMA } from './integration-schema.token';
import { PARTNER_TOPICS_KAFKA, PartnerTopicRelay } from './partner-topics/partner-topic-relay';
import { SharingRunner } from './sharing/sharing-runner';
import { WEBHOOK_CONTROLLERS, webhookProviders, type WebhookOptions } from './webhooks';

export interface IntegrationOptions {
  /** Where the shared copies live: the deployment's read schema. */
  readonly schema: string;
  /** The first Kafka broker integrators are told of in the AsyncAPI document; null without Kafka. */
  readonly kafkaServerUrl: string | null;
  /** The brokers the per-partner topics are published to; null without Kafka (no partner topics). */
  readonly kafka: Kafka | null;
  /** How the webhook channel runs (its schema is the one above). */
  readonly webhooks: Omit<WebhookOptions, 'schema'>;
  /** Distributed mode: where the services answer the commands EDI messages become. Absent: they run in this app. */
  readonly serviceUrls?: ServiceUrls | null;
}

/**
 * The integrators' channels: every event shared with exactly the companies entitled to it, the
 * resumable HTTP feed of those copies, webhooks, the per-partner Kafka topics, the EDI-like file
 * channel, and the AsyncAPI contract of the Kafka topics. Needs READ_DATABASE, LOG_SOURCE, DIRECTORY and AUTHENTICATOR.
 */
@Module({})
export class IntegrationModule {
  /** The options every composition root gives, from the checked configuration. */
  static fromConfig(config: RenkeiConfig, kafka: Kafka | null, serviceUrls: ServiceUrls | null = null): DynamicModule {
    return IntegrationModule.forRoot({
      schema: config.RENKEI_READ_SCHEMA,
      kafkaServerUrl: config.KAFKA_BROKERS?.[0] ?? null,
      kafka,
      webhooks: {
        allowedTargets: config.RENKEI_WEBHOOK_ALLOWED_TARGETS,
        timeoutMs: config.RENKEI_WEBHOOK_TIMEOUT_MS,
        retryScheduleMs: config.RENKEI_WEBHOOK_RETRY_SCHEDULE_MS,
        pollMs: config.RENKEI_WEBHOOK_POLL_MS,
      },
      serviceUrls,
    });
  }

  static forRoot(options: IntegrationOptions): DynamicModule {
    const partnerTopics: Provider[] = options.kafka === null ? [] : [{ provide: PARTNER_TOPICS_KAFKA, useValue: options.kafka }, PartnerTopicRelay];
    return {
      module: IntegrationModule,
      controllers: [FeedController, AsyncApiController, ...WEBHOOK_CONTROLLERS, ...EDI_CONTROLLERS],
      providers: [
        { provide: INTEGRATION_SCHEMA, useValue: options.schema },
        { provide: KAFKA_SERVER_URL, useValue: options.kafkaServerUrl },
        SharingRunner,
        SharedEventsWakeUp,
        ...webhookProviders({ ...options.webhooks, schema: options.schema }),
        ...partnerTopics,
        ...ediProviders(options.serviceUrls ?? null),
      ],
    };
  }
}
