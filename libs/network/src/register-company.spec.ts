import { deciderSpecification } from '@renkei/testing';
import { decide, evolve } from './company';
import { initialCompany } from './company-state';
import type { NetworkCommand } from './network-messages';
import { companyRegistered, coordinator, grantMetadata, metadata, now, okada } from './network-test-fixtures';
import type { RegisterCompany } from './register-company';

const spec = deciderSpecification({ decide, evolve, initialState: initialCompany });

const register = (actor = coordinator): RegisterCompany => ({
  type: 'RegisterCompany',
  data: { companyId: 'okada', legalName: 'Okada Seisakusho Co., Ltd.', roles: ['workshop', 'lead'], timeZone: 'Asia/Tokyo', contactEmail: 'office@okada.example' },
  metadata: metadata(actor),
});

describe('company: RegisterCompany', () => {
  it('registers the company, recording which coordinator did it and when', () => {
    spec
      .given([])
      .when(register())
      .then([
        {
          type: 'CompanyRegistered',
          data: {
            companyId: 'okada',
            legalName: 'Okada Seisakusho Co., Ltd.',
            roles: ['workshop', 'lead'],
            timeZone: 'Asia/Tokyo',
            contactEmail: 'office@okada.example',
            registeredBy: 'kanto-office',
            registeredAt: now.toISOString(),
          },
        },
      ]);
  });

  it('refuses anyone but a coordinator, saying who may', () => {
    spec.given([]).when(register(okada)).thenThrows('NETWORK.NOT_ALLOWED');
    expect(() => decide(register(okada), initialCompany)).toThrow(/only a coordinator may register a company/);
  });

  it('refuses to register the same company twice', () => {
    spec.given([companyRegistered()]).when(register()).thenThrows('NETWORK.ALREADY_REGISTERED');
  });

  it('starts a registered company with nothing declared, granted, joined or issued', () => {
    expect(evolve(initialCompany, companyRegistered(['workshop']))).toEqual({
      status: 'Registered',
      companyId: 'okada',
      legalName: 'Okada Seisakusho Co., Ltd.',
      roles: ['workshop'],
      timeZone: 'Asia/Tokyo',
      contactEmail: 'office@okada.example',
      registeredAt: '2026-01-10T00:00:00.000Z',
      capabilities: [],
      statusWords: [],
      certifications: new Map(),
      consortia: [],
      credentials: new Map(),
      integratorGrants: new Map(),
      phoneLinks: new Map(),
    });
  });
});

describe('company: every other command on an unregistered company', () => {
  const target = { companyId: 'okada' };
  const commands: NetworkCommand[] = [
    { type: 'DeclareCapabilities', data: { ...target, capabilities: [] }, metadata: metadata() },
    { type: 'DeclareStatusWords', data: { ...target, words: [] }, metadata: metadata() },
    { type: 'GrantCertification', data: { ...target, certificationId: 'c1', kind: 'standard', name: 'JIS Q 9100', scopeProcess: 'machining' }, metadata: metadata() },
    { type: 'RenewCertification', data: { ...target, certificationId: 'c1' }, metadata: metadata() },
    { type: 'RevokeCertification', data: { ...target, certificationId: 'c1' }, metadata: metadata() },
    { type: 'JoinConsortium', data: { ...target, consortiumId: 'kanto-aero' }, metadata: metadata() },
    { type: 'LeaveConsortium', data: { ...target, consortiumId: 'kanto-aero' }, metadata: metadata() },
    { type: 'IssueCredential', data: { ...target, credentialId: 't1', role: 'workshop', secretHash: 'a'.repeat(64), label: 'tablet' }, metadata: metadata() },
    { type: 'RevokeCredential', data: { ...target, credentialId: 't1' }, metadata: metadata() },
    // The company's own data: the company itself asks, as a coordinator may not.
    { type: 'GrantIntegratorAccess', data: { ...target, integratorId: 'erp-bridge', scopes: ['orders'] }, metadata: grantMetadata(okada) },
    { type: 'RevokeIntegratorAccess', data: { ...target, integratorId: 'erp-bridge' }, metadata: metadata(okada) },
    { type: 'IssuePhoneLink', data: { ...target, linkId: 'line-2-phone', label: 'line 2 phone', expiresAt: null }, metadata: metadata() },
    { type: 'RevokePhoneLink', data: { ...target, linkId: 'line-2-phone' }, metadata: metadata() },
  ];

  it.each(commands.map((command) => [command.type, command] as const))('%s is refused with NETWORK.NOT_REGISTERED', (_type, command) => {
    spec.given([]).when(command).thenThrows('NETWORK.NOT_REGISTERED');
  });

  it('an outsider is refused for lack of rights before learning whether the company exists', () => {
    spec
      .given([])
      .when({ type: 'JoinConsortium', data: { ...target, consortiumId: 'kanto-aero' }, metadata: metadata({ companyId: 'mori', role: 'workshop' }) })
      .thenThrows('NETWORK.NOT_ALLOWED');
  });
});
