import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const ROLES = ['lead', 'workshop', 'integrator', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling: every request acts for exactly one company. `via` says how the caller proved it,
 * where that limits what it does: `phone-link` is a workshop's phone page, opened by the link
 * `linkId` someone else handed it. Absent for an API key or an issued credential.
 */
export type Caller = { readonly companyId: string; readonly role: Role } & ({ readonly via?: undefined } | { readonly via: 'phone-link'; readonly linkId: string });

/** Turns a presented bearer key into the company and role it acts for, or nothing. */
export interface Authenticator {
  authenticate(presented: string | undefined): Caller | undefined;
}

/** Tries each authenticator in turn: static bootstrap keys first, then issued credentials. */
export function firstOf(...authenticators: readonly Authenticator[]): Authenticator {
  return { authenticate: (presented) => authenticators.reduce<Caller | undefined>((found, next) => found ?? next.authenticate(presented), undefined) };
}

/**
 * Static keys from configuration (RENKEI_API_KEYS): the bootstrap coordinator, and
 * test and demo companies. Keys are kept only as SHA-256 digests and compared in
 * constant time. Credentials issued through the network API are checked by the
 * member directory instead.
 */
export class ApiKeyAuthenticator implements Authenticator {
  private readonly callers = new Map<string, { digest: Buffer; caller: Caller }>();

  constructor(keys: ReadonlyArray<{ key: string; caller: Caller }>) {
    for (const { key, caller } of keys) {
      const digest = sha256(key);
      this.callers.set(digest.toString('hex'), { digest, caller });
    }
  }

  /** `RENKEI_API_KEYS`: `key:companyId:role` entries separated by commas. */
  static fromSpec(spec: string): ApiKeyAuthenticator {
    const entries = spec
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0)
      .map((entry) => {
        const [key, companyId, role] = entry.split(':');
        if (!key || key.length < 16 || !companyId || !(ROLES as readonly string[]).includes(role ?? '')) {
          // The entry is not echoed: it may hold a key.
          throw new Error(`RENKEI_API_KEYS: every entry must be key:companyId:role with a key of 16+ characters and role one of ${ROLES.join(', ')}`);
        }
        return { key, caller: { companyId, role: role as Role } };
      });
    return new ApiKeyAuthenticator(entries);
  }

  companiesWithRole(role: Role): string[] {
    return [...new Set([...this.callers.values()].filter(({ caller }) => caller.role === role).map(({ caller }) => caller.companyId))];
  }

  static newKey(): string {
    return randomBytes(24).toString('base64url');
  }

  authenticate(presented: string | undefined): Caller | undefined {
    if (!presented) return undefined;
    const digest = sha256(presented);
    const found = this.callers.get(digest.toString('hex'));
    return found && timingSafeEqual(found.digest, digest) ? found.caller : undefined;
  }
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** `Authorization: Bearer <key>` → the key. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
