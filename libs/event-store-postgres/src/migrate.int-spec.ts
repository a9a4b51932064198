import { Pool } from 'pg';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { migrate } from './migrate';
import { migrations } from './migrations';

describe('migrations', () => {
  const schema = uniqueSchemaName('mig');
  const pools = Array.from({ length: 4 }, () => new Pool({ connectionString: testDatabaseUrl(), max: 2 }));

  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await dropSchema(schema);
  });

  it('applies every migration exactly once when four processes start at the same moment, and again is a no-op', async () => {
    await Promise.all(pools.map((pool) => migrate(pool, schema)));
    await migrate(pools[0]!, schema);
    const applied = await pools[0]!.query<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations WHERE component = $1 ORDER BY version`, ['event-store']);
    expect(applied.rows.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version));
  });

  it('refuses to start when an applied migration was edited afterwards', async () => {
    const edited = migrations.map((migration, index) => (index === 0 ? { ...migration, sql: `${migration.sql}\n-- edited` } : migration));
    await expect(migrate(pools[0]!, schema, edited)).rejects.toThrow(/was changed after it was applied/);
  });
});
