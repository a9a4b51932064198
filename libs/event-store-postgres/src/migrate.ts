import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { migrations as eventStoreMigrations, type Migration } from './migrations';
import { quoteIdentifier } from './sql-identifiers';

/**
 * Applies pending migrations under a session advisory lock, so several processes
 * starting at once apply each migration exactly once. A migration changed after it
 * was applied is refused rather than silently skipped.
 */
export async function migrate(
  pool: Pool,
  schema: string,
  migrations: readonly Migration[] = eventStoreMigrations,
  /** Several components may keep tables in one schema; each has its own version sequence. */
  component = 'event-store',
): Promise<void> {
  const quotedSchema = quoteIdentifier(schema);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`renkei-migrations/${schema}`]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quotedSchema}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${quotedSchema}.schema_migrations (
           component text NOT NULL, version int NOT NULL, name text NOT NULL, checksum text NOT NULL,
           applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (component, version))`,
      );
      const applied = await client.query<{ version: number; checksum: string }>(
        `SELECT version, checksum FROM ${quotedSchema}.schema_migrations WHERE component = $1`,
        [component],
      );
      const appliedChecksums = new Map(applied.rows.map((row) => [row.version, row.checksum]));
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        const sql = migration.sql.replaceAll('__SCHEMA__', quotedSchema);
        const checksum = createHash('sha256').update(migration.sql).digest('hex');
        const appliedChecksum = appliedChecksums.get(migration.version);
        if (appliedChecksum !== undefined) {
          if (appliedChecksum !== checksum) {
            throw new Error(`migration ${component} ${migration.version} (${migration.name}) in schema ${schema} was changed after it was applied; add a new migration instead`);
          }
          continue;
        }
        await client.query('BEGIN');
        try {
          await client.query(sql);
          await client.query(`INSERT INTO ${quotedSchema}.schema_migrations (component, version, name, checksum) VALUES ($1, $2, $3, $4)`, [
            component,
            migration.version,
            migration.name,
            checksum,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`renkei-migrations/${schema}`]);
    }
  } finally {
    client.release();
  }
}
