import type { NetworkCommand, NetworkCommandMetadata } from '@renkei/network';
import { phoneLinkMayRun, phoneLinkNotAllowed, type PhoneLinkCaller } from './phone-link-scope';

const phone: PhoneLinkCaller = { companyId: 'ws-okada', role: 'workshop', via: 'phone-link', linkId: 'line-2-phone' };
const metadata: NetworkCommandMetadata = { actor: { companyId: 'ws-okada', role: 'workshop' }, now: new Date('2026-04-01T09:00:00.000Z') };
const companyId = 'ws-okada';

/** One command of every type but a link's revocation, keyed by type, so a new command type fails to compile until it is listed. */
const directoryWrites: { readonly [Type in Exclude<NetworkCommand['type'], 'RevokePhoneLink'>]: Extract<NetworkCommand, { type: Type }> } = {
  RegisterCompany: { type: 'RegisterCompany', data: { companyId, legalName: 'Okada', roles: ['workshop'], timeZone: 'Asia/Tokyo', contactEmail: 'office@okada.example' }, metadata },
  DeclareCapabilities: { type: 'DeclareCapabilities', data: { companyId, capabilities: [] }, metadata },
  DeclareStatusWords: { type: 'DeclareStatusWords', data: { companyId, words: [] }, metadata },
  GrantCertification: { type: 'GrantCertification', data: { companyId, certificationId: 'jisq9100', kind: 'standard', name: 'JIS Q 9100', scopeProcess: 'machining' }, metadata },
  RenewCertification: { type: 'RenewCertification', data: { companyId, certificationId: 'jisq9100' }, metadata },
  RevokeCertification: { type: 'RevokeCertification', data: { companyId, certificationId: 'jisq9100' }, metadata },
  JoinConsortium: { type: 'JoinConsortium', data: { companyId, consortiumId: 'kanto' }, metadata },
  LeaveConsortium: { type: 'LeaveConsortium', data: { companyId, consortiumId: 'kanto' }, metadata },
  IssueCredential: { type: 'IssueCredential', data: { companyId, credentialId: 'tablet-1', role: 'workshop', secretHash: 'a'.repeat(64), label: 'tablet' }, metadata },
  RevokeCredential: { type: 'RevokeCredential', data: { companyId, credentialId: 'tablet-1' }, metadata },
  GrantIntegratorAccess: { type: 'GrantIntegratorAccess', data: { companyId, integratorId: 'erp-link', scopes: ['orders'] }, metadata: { ...metadata, lookups: { integratorRoles: ['integrator'] } } },
  RevokeIntegratorAccess: { type: 'RevokeIntegratorAccess', data: { companyId, integratorId: 'erp-link' }, metadata },
  IssuePhoneLink: { type: 'IssuePhoneLink', data: { companyId, linkId: 'another-phone', label: 'another phone', expiresAt: null }, metadata },
};

const revoke = (target: string, linkId: string): NetworkCommand => ({ type: 'RevokePhoneLink', data: { companyId: target, linkId }, metadata });

describe('phoneLinkMayRun', () => {
  it.each(Object.entries(directoryWrites))('refuses %s: a phone link does not change the directory record', (_type, command) => {
    expect(phoneLinkMayRun(phone, command)).toBe(false);
  });

  it('lets a link revoke itself (a lost phone)', () => {
    expect(phoneLinkMayRun(phone, revoke('ws-okada', 'line-2-phone'))).toBe(true);
  });

  it('refuses revoking another link of the same workshop, or a link of the same name elsewhere', () => {
    expect(phoneLinkMayRun(phone, revoke('ws-okada', 'office-phone'))).toBe(false);
    expect(phoneLinkMayRun(phone, revoke('ws-sato', 'line-2-phone'))).toBe(false);
  });
});

describe('phoneLinkNotAllowed', () => {
  it('is a 403 with a stable code, saying what to use instead and what the link may still do', () => {
    const { problem } = phoneLinkNotAllowed(phone);
    expect([problem.status, problem.code]).toEqual([403, 'NETWORK.PHONE_LINK_NOT_ALLOWED']);
    expect(problem.detail).toContain("a phone link cannot change the company's directory record");
    expect(problem.detail).toContain("ws-okada's own credential");
    expect(problem.detail).toContain('/v1/companies/ws-okada/phone-links/line-2-phone/revocation');
  });
});
