// A fresh read-model schema on the real PostgreSQL for one int-spec file, fed the way the consumer feeds it.
import { Pool } from 'pg';
import type { EventEnvelope } from '@renkei/contracts';
import { gatewayBatchHandler, gatewayProjections } from '../read-models/gateway-read-models';
import { ReadModelSchema } from '../read-models/read-model-schema';

export interface TestReadModels {
  readonly pool: Pool;
  readonly schema: ReadModelSchema;
  readonly schemaName: string;
  /** Applies a batch through every gateway projection, in one transaction, as the consumer does. */
  apply(events: readonly EventEnvelope[]): Promise<void>;
  /** Every row of a table as JSON text: what is stored at all. */
  dump(table: string): Promise<string>;
  close(): Promise<void>;
}

/** The int-spec names the database and a schema of its own (`testDatabaseUrl()`, `uniqueSchemaName(...)`); closing drops the schema. */
export async function openTestReadModels(databaseUrl: string, schemaName: string): Promise<TestReadModels> {
  const pool = new Pool({ connectionString: databaseUrl });
  const schema = await ReadModelSchema.open(databaseUrl, pool, schemaName);
  const handler = gatewayBatchHandler(gatewayProjections(schema), schemaName);
  return {
    pool,
    schema,
    schemaName,
    async apply(events) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await handler.handleBatch(events, client);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    async dump(table) {
      const result = await pool.query<{ rows: unknown }>(`SELECT coalesce(jsonb_agg(to_jsonb(t)), '[]') AS rows FROM "${schemaName}".${table} t`);
      return JSON.stringify(result.rows[0]?.rows);
    },
    async close() {
      await schema.close();
      await pool.query(`DROP SCHEMA IF EXISTS "${schemaName}" CASCADE`);
      await pool.end();
    },
  };
}
