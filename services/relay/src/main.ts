import 'reflect-metadata';
import { runServiceProcess } from '@renkei/service-host';
import { RelayModule } from './relay.module';

/** Distributed mode's relay: the event store to Kafka. Run two or more; one publishes, the others stand by (PostgreSQL advisory lock). */
runServiceProcess({
  name: 'relay',
  api: false,
  usesKafka: true,
  modules: (core, config) => {
    if (core.kafka === null) throw new Error('KAFKA_BROKERS: is required by the relay');
    return [RelayModule.forRoot({ kafka: core.kafka, lockDatabaseUrl: config.DATABASE_URL, eventSchema: config.RENKEI_EVENT_SCHEMA })];
  },
});
