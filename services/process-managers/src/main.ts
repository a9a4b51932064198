import 'reflect-metadata';
import { runServiceProcess } from '@renkei/service-host';
import { ProcessManagersModule } from './process-managers.module';

/** Distributed mode's process managers: Kafka consumers (one group, partitions spread over replicas) that append the commands connecting the contexts. */
runServiceProcess({
  name: 'process-managers',
  api: false,
  usesKafka: true,
  modules: (_core, config) => [ProcessManagersModule.forRoot({ readSchema: config.RENKEI_READ_SCHEMA })],
});
