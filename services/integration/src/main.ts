import 'reflect-metadata';
import { requiredServiceUrls, runServiceProcess } from '@renkei/service-host';
import { IntegrationModule } from './integration.module';

/**
 * Distributed mode's integration service: sharing (which company may see which event), the feed,
 * webhooks, per-partner Kafka topics and EDI interchanges, whose messages become commands sent to
 * the services that own them.
 */
runServiceProcess({
  name: 'integration',
  api: true,
  usesKafka: true,
  modules: (core, config) => [
    IntegrationModule.forRoot({
      schema: config.RENKEI_READ_SCHEMA,
      kafkaServerUrl: config.KAFKA_BROKERS?.[0] ?? null,
      kafka: core.kafka,
      webhooks: {
        allowedTargets: config.RENKEI_WEBHOOK_ALLOWED_TARGETS,
        timeoutMs: config.RENKEI_WEBHOOK_TIMEOUT_MS,
        retryScheduleMs: config.RENKEI_WEBHOOK_RETRY_SCHEDULE_MS,
        pollMs: config.RENKEI_WEBHOOK_POLL_MS,
      },
      serviceUrls: requiredServiceUrls(config, ['work-progress', 'orders', 'quotes', 'bom-exchange']),
    }),
  ],
});
