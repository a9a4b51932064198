import 'reflect-metadata';
import { runServiceProcess } from '@renkei/service-host';
import { NetworkModule } from './network.module';

/** Distributed mode's network service: the member directory, credentials, integrator grants and phone links (REST /v1/companies, /v1/directory). */
runServiceProcess({
  name: 'network',
  api: true,
  usesKafka: false,
  // runServiceProcess refuses to start without RENKEI_LINK_SIGNING_KEY: links signed here are checked by every replica of every service.
  modules: (_core, config) => [NetworkModule.forRoot({ linkSigningKey: config.RENKEI_LINK_SIGNING_KEY ?? '' })],
});
