import 'reflect-metadata';
import { requiredServiceUrls, runServiceProcess } from '@renkei/service-host';
import { API_SERVICES } from '@renkei/service-kit';
import { deploymentLeadOf } from './deployment-lead';
import { GatewayModule } from './gateway.module';
import { registerRestEdge } from './rest-edge/rest-edge';
import { registerWebPages } from './web-pages/web-pages';

/**
 * Distributed mode's gateway: GraphQL over the read models it projects from Kafka (the consumer
 * group spreads partitions over replicas), the web pages, and the public REST edge to the services.
 */
runServiceProcess({
  name: 'gateway',
  api: true,
  usesKafka: true,
  modules: (core, config) => [
    GatewayModule.forRoot({
      databaseUrl: config.DATABASE_URL,
      readSchema: config.RENKEI_READ_SCHEMA,
      introspection: config.RENKEI_GRAPHQL_INTROSPECTION === 'on',
      deploymentLead: deploymentLeadOf(core.staticKeys),
      // JavaScript strings hold two bytes a character.
      answerCacheChars: (config.RENKEI_ANSWER_CACHE_MB * 1024 * 1024) / 2,
      serviceUrls: requiredServiceUrls(config, API_SERVICES),
    }),
  ],
  configureHttp: (adapter, config) => {
    registerWebPages(adapter);
    registerRestEdge(adapter, requiredServiceUrls(config, API_SERVICES));
  },
});
