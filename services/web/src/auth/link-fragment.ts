/** What a phone link carries after `#`: `token=<credential>`, and `company=<id>` when the token cannot say. */
export interface LinkCredentials {
  readonly token: string;
  /** The company the token acts for. */
  readonly company: string;
}

/** A phone link's token (libs/member-directory, PHONE_LINK_TOKEN_PREFIX): `rkl_<base64url(JSON claims)>.<signature>`. */
const PHONE_LINK_TOKEN = /^rkl_([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/;

/**
 * The workshop a phone link's token names. Its claims are signed, not secret: the page reads
 * them to know whose page it is, and the API checks the signature on every call.
 */
export function companyOfPhoneLinkToken(token: string): string | null {
  const payload = PHONE_LINK_TOKEN.exec(token)?.[1];
  if (payload === undefined) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as { companyId?: unknown };
    return typeof claims.companyId === 'string' && claims.companyId.length > 0 ? claims.companyId : null;
  } catch {
    return null;
  }
}

/**
 * Reads the credentials from a URL fragment (`#token=…`). The fragment is never sent to a
 * server, so the token stays out of access logs and Referer headers. A phone link's token names
 * its company; any other key (a static workshop key, until every workshop has links) needs `company=`.
 */
export function credentialsFromFragment(hash: string): LinkCredentials | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token')?.trim();
  if (!token) return null;
  const company = companyOfPhoneLinkToken(token) ?? params.get('company')?.trim();
  return company ? { token, company } : null;
}
