import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A new key for signing phone links: 384 random bits, well above the 32 characters the configuration asks for. */
export function newLinkSigningKey(): string {
  return randomBytes(48).toString('base64url');
}

/**
 * Without RENKEI_LINK_SIGNING_KEY, a fresh install generates one and keeps it in the data folder
 * (next to the demo API keys), so the phone links it handed out still open after a restart.
 */
export function localLinkSigningKey(dataDir: string): string {
  const file = join(dataDir, 'link-signing-key');
  mkdirSync(dataDir, { recursive: true });
  const existing = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (existing.length >= 32) return existing;
  const key = newLinkSigningKey();
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}
