import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL every integration test talks to; `npm test` provides one (see infra/test/run-tests.sh). */
export function testDatabaseUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    throw new Error('DATABASE_URL is not set: run integration tests through `npm test`, which starts or points at a real PostgreSQL');
  }
  return url;
}

/** A fresh schema name per test file, so files never share state and run in parallel. */
export function uniqueSchemaName(prefix = 't'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
