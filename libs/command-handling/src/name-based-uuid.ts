import { createHash } from 'node:crypto';

const RENKEI_NAMESPACE = Buffer.from('6f1c4a7e8b2d4c1e9a3f5b7d2e4c6a80', 'hex');

/**
 * RFC 9562 version-5 UUID: the same name always gives the same id, so a retried
 * request (same Idempotency-Key) produces the same event ids and the store
 * recognises the retry.
 */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(RENKEI_NAMESPACE).update(name, 'utf8').digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
