import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiKeyAuthenticator } from '@renkei/service-kit';

/**
 * Without RENKEI_API_KEYS, a fresh install gets a consortium office (coordinator),
 * a lead contractor and a workshop key, kept in the data folder so they survive
 * restarts (and so `npm run demo` can act as the office and the lead).
 */
export function demoApiKeys(dataDir: string): string {
  const file = join(dataDir, 'demo-api-keys');
  mkdirSync(dataDir, { recursive: true });
  const existing = existsSync(file) ? readFileSync(file, 'utf8').trim().split(',').filter((entry) => entry.length > 0) : [];
  const wanted: Array<[company: string, role: string]> = [
    ['consortium-office', 'coordinator'],
    ['lead-demo', 'lead'],
    ['workshop-demo', 'workshop'],
  ];
  const entries = [...existing];
  for (const [company, role] of wanted) {
    if (!entries.some((entry) => entry.endsWith(`:${company}:${role}`))) entries.push(`${ApiKeyAuthenticator.newKey()}:${company}:${role}`);
  }
  if (entries.length !== existing.length) writeFileSync(file, `${entries.join(',')}\n`, { mode: 0o600 });
  return entries.join(',');
}
