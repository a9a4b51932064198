import { createHash, randomBytes } from 'node:crypto';

/** Marks a Renkei credential, so a leaked one is recognisable (e.g. by secret scanners). */
export const SECRET_PREFIX = 'rk_';

/** A new credential secret: 256 random bits. Only its digest is ever stored. */
export function newCredentialSecret(): { secret: string; secretHash: string } {
  const secret = `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, secretHash: createHash('sha256').update(secret).digest('hex') };
}

/**
 * The credential id when the request names none: derived from who asked, for
 * which company, with which Idempotency-Key, so a retry names the same credential.
 */
export function derivedCredentialId(callerCompanyId: string, companyId: string, idempotencyKey: string | undefined): string {
  const digest = createHash('sha256').update(`${callerCompanyId}\n${companyId}\n${idempotencyKey ?? ''}`).digest('hex');
  return `cred-${digest.slice(0, 20)}`;
}
