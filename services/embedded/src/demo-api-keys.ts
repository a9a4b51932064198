import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiKeyAuthenticator } from '@renkei/service-kit';

/**
 * Without RENKEI_API_KEYS, a fresh install gets one demo lead and one demo workshop
 * key, kept in the data folder so they survive restarts.
 */
export function demoApiKeys(dataDir: string): string {
  const file = join(dataDir, 'demo-api-keys');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const spec = [`${ApiKeyAuthenticator.newKey()}:lead-demo:lead`, `${ApiKeyAuthenticator.newKey()}:workshop-demo:workshop`].join(',');
  writeFileSync(file, `${spec}\n`, { mode: 0o600 });
  return spec;
}
