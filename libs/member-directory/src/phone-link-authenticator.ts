import type { PhoneLink } from '@renkei/network';
import type { Authenticator, Caller } from '@renkei/service-kit';
import { PHONE_LINK_TOKEN_PREFIX, verifyPhoneLinkToken } from './phone-link-token';

/** The directory's side of a phone link: the link as folded from the log, if it opens the page at `now`. */
export interface OpenPhoneLinks {
  openPhoneLink(companyId: string, linkId: string, now: Date): PhoneLink | undefined;
}

/** Below this, a signing key could be guessed; the configuration asks for as much (RENKEI_LINK_SIGNING_KEY). */
export const MIN_LINK_SIGNING_KEY_LENGTH = 32;

/**
 * Lets a phone link's token in as its workshop. A valid signature is not enough: the directory must
 * hold the link as issued (same expiry), not revoked, for a company still registered as a workshop,
 * so a revocation closes the link as soon as the directory has read it.
 */
export class PhoneLinkAuthenticator implements Authenticator {
  constructor(
    private readonly links: OpenPhoneLinks,
    private readonly signingKey: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    if (signingKey.length < MIN_LINK_SIGNING_KEY_LENGTH) throw new Error(`the link signing key must be at least ${MIN_LINK_SIGNING_KEY_LENGTH} characters`);
  }

  authenticate(presented: string | undefined): Caller | undefined {
    if (presented === undefined || !presented.startsWith(PHONE_LINK_TOKEN_PREFIX)) return undefined;
    const now = this.clock();
    const check = verifyPhoneLinkToken(presented, this.signingKey, now);
    if (!check.ok) return undefined;
    const { companyId, linkId, expiresAt } = check.claims;
    const link = this.links.openPhoneLink(companyId, linkId, now);
    if (link === undefined || link.expiresAt !== expiresAt) return undefined;
    return { companyId, role: 'workshop', via: 'phone-link', linkId };
  }
}
