import type { PhoneLinkIssuedV1, PhoneLinkRevokedV1 } from '@renkei/contracts';
import { requireRegistered } from './authorization';
import type { NetworkActor, NetworkCommandMetadata } from './command-metadata';
import type { Company, PhoneLink, RegisteredCompany } from './company-state';
import { NetworkError } from './field-error';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** A link lives at least this long: shorter is a typo, not a phone link. */
export const PHONE_LINK_MIN_LIFETIME_MS = HOUR_MS;
/** A link lives at most this long, so a forgotten phone stops opening the page by itself. */
export const PHONE_LINK_MAX_LIFETIME_MS = 90 * DAY_MS;
/** The lifetime of a link issued without an expiry. */
export const PHONE_LINK_DEFAULT_LIFETIME_MS = 30 * DAY_MS;

export interface IssuePhoneLink {
  readonly type: 'IssuePhoneLink';
  /** `expiresAt` null: the default lifetime from `metadata.now` (or, re-issuing, whatever the link already has). */
  readonly data: Pick<PhoneLinkIssuedV1, 'companyId' | 'linkId' | 'label'> & { readonly expiresAt: string | null };
  readonly metadata: NetworkCommandMetadata;
}

export interface RevokePhoneLink {
  readonly type: 'RevokePhoneLink';
  readonly data: { readonly companyId: string; readonly linkId: string };
  readonly metadata: NetworkCommandMetadata;
}

export interface PhoneLinkIssued {
  readonly type: 'PhoneLinkIssued';
  readonly data: PhoneLinkIssuedV1;
}

export interface PhoneLinkRevoked {
  readonly type: 'PhoneLinkRevoked';
  readonly data: PhoneLinkRevokedV1;
}

/**
 * A coordinator, or a lead for any workshop, issues a link that opens the workshop's phone page.
 * The link id is the caller's: issuing the same link again records nothing; anything else under
 * that id (another label or expiry, or a link since revoked or expired) is refused.
 */
export function decideIssuePhoneLink(command: IssuePhoneLink, state: Company): PhoneLinkIssued[] {
  const { data, metadata } = command;
  if (metadata.actor.role !== 'coordinator' && metadata.actor.role !== 'lead') {
    throw new NetworkError('NETWORK.NOT_ALLOWED', `only a coordinator or a lead may issue a phone link; ${metadata.actor.companyId} acts as ${metadata.actor.role}`);
  }
  const company = requireWorkshop(requireRegistered(state, data.companyId));
  const existing = company.phoneLinks?.get(data.linkId);
  if (existing !== undefined) return reissue(company, existing, data, metadata.now);

  const expiresAt = data.expiresAt ?? new Date(metadata.now.getTime() + PHONE_LINK_DEFAULT_LIFETIME_MS).toISOString();
  const lifetime = Date.parse(expiresAt) - metadata.now.getTime();
  if (!(lifetime >= PHONE_LINK_MIN_LIFETIME_MS && lifetime <= PHONE_LINK_MAX_LIFETIME_MS)) {
    const earliest = new Date(metadata.now.getTime() + PHONE_LINK_MIN_LIFETIME_MS).toISOString();
    const latest = new Date(metadata.now.getTime() + PHONE_LINK_MAX_LIFETIME_MS).toISOString();
    throw new NetworkError('NETWORK.INVALID_INPUT', `a phone link expiring at ${expiresAt} would live outside 1 hour to 90 days`, [
      { field: 'expiresAt', rule: 'must be between 1 hour and 90 days from now', allowed: `${earliest} to ${latest}, or leave it out for 30 days` },
    ]);
  }
  return [
    {
      type: 'PhoneLinkIssued',
      data: { companyId: data.companyId, linkId: data.linkId, label: data.label, expiresAt, issuedBy: metadata.actor.companyId, issuedAt: metadata.now.toISOString() },
    },
  ];
}

/** A coordinator, a lead, or the workshop itself closes a link; it opens nothing from then on. */
export function decideRevokePhoneLink(command: RevokePhoneLink, state: Company): [PhoneLinkRevoked] {
  const { data, metadata } = command;
  requireRevoker(metadata.actor, data.companyId);
  const company = requireRegistered(state, data.companyId);
  const link = company.phoneLinks?.get(data.linkId);
  if (link === undefined) {
    const open = phoneLinksOf(company).flatMap((each) => (each.revokedAt === null ? [each.linkId] : []));
    throw new NetworkError('NETWORK.UNKNOWN_PHONE_LINK', `company ${company.companyId} holds no phone link ${data.linkId}`, [
      { field: 'linkId', rule: 'must name a phone link issued to the company', allowed: open.length > 0 ? open.join(', ') : 'none: no link is open' },
    ]);
  }
  if (link.revokedAt !== null) {
    throw new NetworkError('NETWORK.ALREADY_REVOKED', `phone link ${data.linkId} of ${company.companyId} was already revoked at ${link.revokedAt}`);
  }
  return [{ type: 'PhoneLinkRevoked', data: { ...data, revokedBy: metadata.actor.companyId, revokedAt: metadata.now.toISOString() } }];
}

/** Every link issued to the company, revoked and expired ones included, in the order they were issued. */
export function phoneLinksOf(state: Company): PhoneLink[] {
  return state.status === 'Registered' ? [...(state.phoneLinks?.values() ?? [])] : [];
}

export type PhoneLinkStatus = 'open' | 'expired' | 'revoked';

export function phoneLinkStatusAt(link: PhoneLink, now: Date): PhoneLinkStatus {
  if (link.revokedAt !== null) return 'revoked';
  return Date.parse(link.expiresAt) > now.getTime() ? 'open' : 'expired';
}

/** The link if it opens the phone page at `now`: issued to a company still registered as a workshop, neither revoked nor expired. */
export function phoneLinkOpenAt(state: Company, linkId: string, now: Date): PhoneLink | undefined {
  if (state.status !== 'Registered' || !state.roles.includes('workshop')) return undefined;
  const link = state.phoneLinks?.get(linkId);
  return link !== undefined && phoneLinkStatusAt(link, now) === 'open' ? link : undefined;
}

function reissue(company: RegisteredCompany, existing: PhoneLink, data: IssuePhoneLink['data'], now: Date): [] {
  const status = phoneLinkStatusAt(existing, now);
  const sameContent = existing.label === data.label && (data.expiresAt === null || data.expiresAt === existing.expiresAt);
  if (status === 'open' && sameContent) return [];
  const why =
    status === 'revoked'
      ? `was revoked at ${existing.revokedAt}`
      : status === 'expired'
        ? `expired at ${existing.expiresAt}`
        : `was already issued with other content (label "${existing.label}", expiresAt ${existing.expiresAt})`;
  throw new NetworkError('NETWORK.ALREADY_ISSUED', `phone link ${existing.linkId} of ${company.companyId} ${why}`, [
    { field: 'linkId', rule: 'must name a new phone link, or repeat an open one exactly', allowed: 'a link id not yet used for this company' },
  ]);
}

function requireWorkshop(company: RegisteredCompany): RegisteredCompany {
  if (!company.roles.includes('workshop')) {
    throw new NetworkError('NETWORK.ROLE_NOT_HELD', `phone links open a workshop's phone page; ${company.companyId} holds ${company.roles.join(', ')}`, [
      { field: 'companyId', rule: 'must name a company registered with the role workshop', allowed: 'the company id of a workshop' },
    ]);
  }
  return company;
}

/** A link is closed by whoever may hand one out, or by the workshop it opens (not by its integrator key). */
function requireRevoker(actor: NetworkActor, companyId: string): void {
  const self = actor.companyId === companyId && actor.role === 'workshop';
  if (!self && actor.role !== 'coordinator' && actor.role !== 'lead') {
    throw new NetworkError('NETWORK.NOT_ALLOWED', `only a coordinator, a lead or workshop ${companyId} itself may revoke its phone link; ${actor.companyId} acts as ${actor.role}`);
  }
}
