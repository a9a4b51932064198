import { describeEventStoreConformance } from '@renkei/event-store-conformance';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { openPostgresEventStore } from './postgres-event-store';

describeEventStoreConformance('PostgreSQL', async () => {
  const schema = uniqueSchemaName('es');
  const store = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema, poolSize: 20 });
  return {
    store,
    teardown: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
});
