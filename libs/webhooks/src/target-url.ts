/** A target URL that passed the syntax rules; its host still has to resolve to addresses a webhook may reach. */
export interface TargetUrl {
  readonly url: URL;
  /** The host to resolve or, for an IP literal, the address (IPv6 without brackets). */
  readonly host: string;
}

export const TARGET_URL_ALLOWED = 'an absolute http:// or https:// URL, at most 2048 characters, without user name, password or fragment, whose host resolves only to public addresses';
const MAX_URL_LENGTH = 2048;

/** The URL as a delivery target, or the rule it breaks (the address rules are checked after resolving the host). */
export function parseTargetUrl(raw: unknown): { ok: true; target: TargetUrl } | { ok: false; rule: string } {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, rule: 'is required' };
  if (raw.length > MAX_URL_LENGTH) return { ok: false, rule: `must be at most ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, rule: 'must be an absolute URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, rule: `must use https or http, not ${url.protocol.replace(/:$/, '')}` };
  if (url.username !== '' || url.password !== '') return { ok: false, rule: 'must not carry a user name or password (the signature authenticates deliveries)' };
  if (url.hash !== '' || raw.includes('#')) return { ok: false, rule: 'must not have a fragment' };
  if (url.hostname === '') return { ok: false, rule: 'must name a host' };
  return { ok: true, target: { url, host: url.hostname.replace(/^\[(.*)\]$/, '$1') } };
}
