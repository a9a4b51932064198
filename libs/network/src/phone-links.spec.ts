import { deciderSpecification } from '@renkei/testing';
import { decide, evolve } from './company';
import { initialCompany } from './company-state';
import type { NetworkEvent } from './network-messages';
import { companyRegistered, coordinator, lead, metadata, now, okada, phoneLinkIssued, stranger } from './network-test-fixtures';
import { phoneLinkOpenAt, phoneLinksOf, phoneLinkStatusAt, type IssuePhoneLink, type PhoneLinkRevoked, type RevokePhoneLink } from './phone-links';

const spec = deciderSpecification({ decide, evolve, initialState: initialCompany });

const inDays = (days: number) => new Date(now.getTime() + days * 24 * 3600 * 1000).toISOString();
const issue = (actor = coordinator, overrides: Partial<IssuePhoneLink['data']> = {}): IssuePhoneLink => ({
  type: 'IssuePhoneLink',
  data: { companyId: 'okada', linkId: 'line-3-phone', label: "line 3 foreman's phone", expiresAt: null, ...overrides },
  metadata: metadata(actor),
});
const issuedNow = (issuedBy = coordinator.companyId, expiresAt = inDays(30)): NetworkEvent => ({
  type: 'PhoneLinkIssued',
  data: { companyId: 'okada', linkId: 'line-3-phone', label: "line 3 foreman's phone", expiresAt, issuedBy, issuedAt: now.toISOString() },
});
const revoke = (actor = coordinator, linkId = 'line-2-phone'): RevokePhoneLink => ({
  type: 'RevokePhoneLink',
  data: { companyId: 'okada', linkId },
  metadata: metadata(actor),
});
const revoked = (revokedBy = coordinator.companyId): PhoneLinkRevoked => ({
  type: 'PhoneLinkRevoked',
  data: { companyId: 'okada', linkId: 'line-2-phone', revokedBy, revokedAt: now.toISOString() },
});
const fieldErrorsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { fieldErrors?: unknown }).fieldErrors;
  }
  throw new Error('expected a refusal');
};
const stateAfter = (events: NetworkEvent[]) => events.reduce(evolve, initialCompany);

describe('company: IssuePhoneLink', () => {
  it('lets a coordinator issue a link for a workshop, open 30 days when no expiry is given', () => {
    spec.given([companyRegistered()]).when(issue()).then([issuedNow()]);
  });

  it('lets a lead issue a link for any registered workshop, with the expiry it asks for', () => {
    spec.given([companyRegistered()]).when(issue(lead, { expiresAt: inDays(7) })).then([issuedNow(lead.companyId, inDays(7))]);
  });

  it('accepts an expiry exactly 1 hour or exactly 90 days ahead', () => {
    const inOneHour = new Date(now.getTime() + 3600 * 1000).toISOString();
    spec.given([companyRegistered()]).when(issue(coordinator, { expiresAt: inOneHour })).then([issuedNow(coordinator.companyId, inOneHour)]);
    spec.given([companyRegistered()]).when(issue(coordinator, { expiresAt: inDays(90) })).then([issuedNow(coordinator.companyId, inDays(90))]);
  });

  it('must not let a workshop issue a link, not even for itself, nor an integrator', () => {
    for (const actor of [okada, stranger, { companyId: 'erp-bridge', role: 'integrator' as const }]) {
      spec.given([companyRegistered()]).when(issue(actor)).thenThrows('NETWORK.NOT_ALLOWED');
    }
  });

  it('must not tell an outsider whether the company exists: refused before the stream is read', () => {
    spec.given([companyRegistered()]).when(issue(okada)).thenThrowsAsIfGiven([]);
  });

  it('must not issue a link for a company that is not registered', () => {
    spec.given([]).when(issue()).thenThrows('NETWORK.NOT_REGISTERED');
  });

  it('must not issue a link for a company without the workshop role, naming the field', () => {
    spec.given([companyRegistered(['lead'])]).when(issue()).thenThrows('NETWORK.ROLE_NOT_HELD');
    expect(fieldErrorsOf(() => decide(issue(), stateAfter([companyRegistered(['integrator'])])))).toEqual([
      { field: 'companyId', rule: 'must name a company registered with the role workshop', allowed: 'the company id of a workshop' },
    ]);
  });

  it('must not issue a link living less than 1 hour or more than 90 days, or already expired, naming the window', () => {
    for (const expiresAt of [new Date(now.getTime() + 3599 * 1000).toISOString(), new Date(now.getTime() + 90 * 24 * 3600 * 1000 + 1).toISOString(), inDays(-1)]) {
      spec.given([companyRegistered()]).when(issue(coordinator, { expiresAt })).thenThrows('NETWORK.INVALID_INPUT');
    }
    expect(fieldErrorsOf(() => decide(issue(coordinator, { expiresAt: inDays(91) }), stateAfter([companyRegistered()])))).toEqual([
      {
        field: 'expiresAt',
        rule: 'must be between 1 hour and 90 days from now',
        allowed: '2026-04-01T10:00:00.000Z to 2026-06-30T09:00:00.000Z, or leave it out for 30 days',
      },
    ]);
  });

  it('records nothing when the same link is issued again, with its expiry or without one', () => {
    spec.given([companyRegistered(), issuedNow()]).when(issue()).then([]);
    spec.given([companyRegistered(), issuedNow()]).when(issue(lead, { expiresAt: inDays(30) })).then([]);
  });

  it('must not issue a link id again with another label or expiry', () => {
    spec.given([companyRegistered(), issuedNow()]).when(issue(coordinator, { label: 'office phone' })).thenThrows('NETWORK.ALREADY_ISSUED');
    spec.given([companyRegistered(), issuedNow()]).when(issue(coordinator, { expiresAt: inDays(29) })).thenThrows('NETWORK.ALREADY_ISSUED');
  });

  it('must not bring a revoked or expired link back under its old id', () => {
    const old = phoneLinkIssued('line-3-phone', { label: "line 3 foreman's phone", expiresAt: '2026-03-31T00:00:00.000Z' });
    spec.given([companyRegistered(), old]).when(issue(coordinator, { expiresAt: '2026-03-31T00:00:00.000Z' })).thenThrows('NETWORK.ALREADY_ISSUED');
    const revokedLink: NetworkEvent = { type: 'PhoneLinkRevoked', data: { companyId: 'okada', linkId: 'line-3-phone', revokedBy: 'okada', revokedAt: now.toISOString() } };
    spec.given([companyRegistered(), issuedNow(), revokedLink]).when(issue()).thenThrows('NETWORK.ALREADY_ISSUED');
    expect(() => decide(issue(), stateAfter([companyRegistered(), issuedNow(), revokedLink]))).toThrow(/was revoked at/);
  });
});

describe('company: RevokePhoneLink', () => {
  it('lets a coordinator, a lead and the workshop itself revoke an open link', () => {
    spec.given([companyRegistered(), phoneLinkIssued()]).when(revoke()).then([revoked()]);
    spec.given([companyRegistered(), phoneLinkIssued()]).when(revoke(lead)).then([revoked(lead.companyId)]);
    spec.given([companyRegistered(), phoneLinkIssued()]).when(revoke(okada)).then([revoked('okada')]);
  });

  it('revokes an expired link too, so the list says it was closed on purpose', () => {
    spec.given([companyRegistered(), phoneLinkIssued('line-2-phone', { expiresAt: '2026-03-31T00:00:00.000Z' })]).when(revoke()).then([revoked()]);
  });

  it('must not let another workshop, or the company’s own integrator key, revoke it', () => {
    for (const actor of [stranger, { companyId: 'okada', role: 'integrator' as const }]) {
      spec.given([companyRegistered(['workshop', 'integrator']), phoneLinkIssued()]).when(revoke(actor)).thenThrows('NETWORK.NOT_ALLOWED');
    }
  });

  it('must not revoke a link that was never issued, listing the open ones', () => {
    spec.given([companyRegistered()]).when(revoke()).thenThrows('NETWORK.UNKNOWN_PHONE_LINK');
    expect(fieldErrorsOf(() => decide(revoke(coordinator, 'line-9'), stateAfter([companyRegistered(), phoneLinkIssued()])))).toEqual([
      { field: 'linkId', rule: 'must name a phone link issued to the company', allowed: 'line-2-phone' },
    ]);
  });

  it('must not revoke twice', () => {
    spec.given([companyRegistered(), phoneLinkIssued(), revoked()]).when(revoke(okada)).thenThrows('NETWORK.ALREADY_REVOKED');
  });

  it('must not revoke on a company that is not registered', () => {
    spec.given([]).when(revoke()).thenThrows('NETWORK.NOT_REGISTERED');
  });
});

describe('phone links in the company’s state', () => {
  const state = stateAfter([companyRegistered(), phoneLinkIssued(), phoneLinkIssued('old', { expiresAt: '2026-03-30T00:00:00.000Z' }), issuedNow(), revoked()]);

  it('lists every link issued, in order, each open, expired or revoked at a given time', () => {
    expect(phoneLinksOf(state).map((link) => [link.linkId, phoneLinkStatusAt(link, now)])).toEqual([
      ['line-2-phone', 'revoked'],
      ['old', 'expired'],
      ['line-3-phone', 'open'],
    ]);
    expect(phoneLinksOf(initialCompany)).toEqual([]);
  });

  it('opens the page only for an open link of a registered workshop, until it expires', () => {
    expect(phoneLinkOpenAt(state, 'line-3-phone', now)?.expiresAt).toBe(inDays(30));
    expect(phoneLinkOpenAt(state, 'line-3-phone', new Date(inDays(30)))).toBeUndefined();
    for (const linkId of ['line-2-phone', 'old', 'never-issued']) expect(phoneLinkOpenAt(state, linkId, now)).toBeUndefined();
    expect(phoneLinkOpenAt(initialCompany, 'line-3-phone', now)).toBeUndefined();
  });
});
