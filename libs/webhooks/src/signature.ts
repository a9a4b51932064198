import { createHmac } from 'node:crypto';

/** Standard Webhooks marks a signing secret so it is recognisable (e.g. by secret scanners). */
export const SIGNING_SECRET_PREFIX = 'whsec_';

/** The Standard Webhooks headers of one delivery attempt. */
export interface WebhookSignatureHeaders {
  readonly 'webhook-id': string;
  readonly 'webhook-timestamp': string;
  readonly 'webhook-signature': string;
}

/** A signing secret from random bytes (the caller draws them: 24 to 64, per the spec). */
export function signingSecretOf(randomBytes: Uint8Array): string {
  if (randomBytes.length < 24 || randomBytes.length > 64) throw new RangeError(`a signing secret needs 24 to 64 random bytes, got ${randomBytes.length}`);
  return `${SIGNING_SECRET_PREFIX}${Buffer.from(randomBytes).toString('base64')}`;
}

/** The key a `whsec_…` secret stands for: the base64 after the prefix. */
function keyOf(secret: string): Buffer {
  if (!secret.startsWith(SIGNING_SECRET_PREFIX)) throw new RangeError('a signing secret starts with whsec_');
  const key = Buffer.from(secret.slice(SIGNING_SECRET_PREFIX.length), 'base64');
  if (key.length === 0) throw new RangeError('a signing secret holds a base64 key after whsec_');
  return key;
}

/** One `v1,<base64>` signature: HMAC-SHA256 over `<id>.<timestamp>.<body>`. */
export function signatureOf(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  const digest = createHmac('sha256', keyOf(secret)).update(`${messageId}.${timestampSeconds}.${body}`, 'utf8').digest('base64');
  return `v1,${digest}`;
}

/**
 * The headers of an attempt: the event id (the same on every retry, so the receiver can de-duplicate),
 * the time of this attempt, and one signature per secret in force, space-separated, so a receiver
 * still verifying with the old secret during a rotation keeps accepting.
 */
export function signedHeaders(secrets: readonly string[], messageId: string, at: Date, body: string): WebhookSignatureHeaders {
  if (secrets.length === 0) throw new RangeError('a delivery is signed with at least one secret');
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((secret) => signatureOf(secret, messageId, timestamp, body)).join(' '),
  };
}
