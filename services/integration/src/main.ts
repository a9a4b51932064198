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
  modules: (core, config) => [IntegrationModule.fromConfig(config, core.kafka, requiredServiceUrls(config, ['work-progress', 'orders', 'quotes', 'bom-exchange']))],
});
