import { createHmac, timingSafeEqual } from 'node:crypto';

/** Marks a phone link's token, so a leaked one is recognisable and never mistaken for an API key (`rk_`). */
export const PHONE_LINK_TOKEN_PREFIX = 'rkl_';

/** What a phone link's token says: which workshop, which link, until when. The directory decides whether the link is still open. */
export interface PhoneLinkClaims {
  readonly companyId: string;
  readonly linkId: string;
  /** ISO 8601 in UTC, exactly as recorded in `PhoneLinkIssued`. */
  readonly expiresAt: string;
}

export type PhoneLinkTokenCheck =
  | { readonly ok: true; readonly claims: PhoneLinkClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'bad-signature' | 'expired' };

const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** A bearer header that large is not a phone link; refusing it early keeps the HMAC off arbitrary input sizes. */
const MAX_TOKEN_LENGTH = 1024;

/**
 * `rkl_<base64url(JSON claims)>.<base64url(HMAC-SHA256)>`, keyed with the deployment's link signing key.
 * Deterministic: the same claims and key give the same token, so a retried request can be answered
 * with the token it was first given without storing it anywhere.
 */
export function signPhoneLinkToken(claims: PhoneLinkClaims, key: string): string {
  // Built field by field, so the JSON (and the signature) never depends on the caller's key order.
  const payload = Buffer.from(JSON.stringify({ companyId: claims.companyId, linkId: claims.linkId, expiresAt: claims.expiresAt }), 'utf8').toString('base64url');
  return `${PHONE_LINK_TOKEN_PREFIX}${payload}.${signature(payload, key)}`;
}

/** The token's claims if its signature is the key's and it has not expired at `now`; otherwise why not. */
export function verifyPhoneLinkToken(token: string, key: string, now: Date): PhoneLinkTokenCheck {
  if (token.length > MAX_TOKEN_LENGTH || !token.startsWith(PHONE_LINK_TOKEN_PREFIX)) return { ok: false, reason: 'malformed' };
  const parts = token.slice(PHONE_LINK_TOKEN_PREFIX.length).split('.');
  if (parts.length !== 2) return { ok: false, reason: 'malformed' };
  const [payload, presented] = parts as [string, string];
  if (!BASE64URL.test(payload) || !BASE64URL.test(presented)) return { ok: false, reason: 'malformed' };

  const expected = Buffer.from(signature(payload, key), 'utf8');
  const given = Buffer.from(presented, 'utf8');
  // Lengths are public (every signature is 43 characters); the bytes are compared in constant time.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };

  const claims = claimsIn(payload);
  if (claims === undefined) return { ok: false, reason: 'malformed' };
  if (!(Date.parse(claims.expiresAt) > now.getTime())) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

function signature(payload: string, key: string): string {
  return createHmac('sha256', key).update(`${PHONE_LINK_TOKEN_PREFIX}${payload}`, 'utf8').digest('base64url');
}

function claimsIn(payload: string): PhoneLinkClaims | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { companyId, linkId, expiresAt } = parsed as Record<string, unknown>;
  if (typeof companyId !== 'string' || typeof linkId !== 'string' || typeof expiresAt !== 'string' || Number.isNaN(Date.parse(expiresAt))) return undefined;
  return { companyId, linkId, expiresAt };
}
