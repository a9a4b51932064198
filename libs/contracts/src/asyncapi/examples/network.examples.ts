// Example network events for the AsyncAPI document, with the values of the repo's own fixtures
// (libs/network network-test-fixtures, gateway party-view fixtures). `satisfies` keeps each one in step with its type.
import type {
  CapabilitiesDeclaredV1,
  CertificationGrantedV1,
  CertificationRenewedV1,
  CertificationRevokedV1,
  CompanyRegisteredV1,
  CredentialIssuedV1,
  CredentialRevokedV1,
  IntegratorAccessGrantedV1,
  IntegratorAccessRevokedV1,
  JoinedConsortiumV1,
  LeftConsortiumV1,
  PhoneLinkIssuedV1,
  PhoneLinkRevokedV1,
  StatusWordsDeclaredV1,
} from '../../network';
import type { ContextExamples } from './message-example';

const streamId = 'company-okada';
const companyId = 'okada';
const coordinator = 'kanto-office';

export const NETWORK_EXAMPLES: ContextExamples = {
  'CompanyRegistered.v1': {
    streamId,
    data: {
      companyId,
      legalName: 'Okada Seisakusho Co., Ltd.',
      roles: ['workshop'],
      timeZone: 'Asia/Tokyo',
      contactEmail: 'office@okada.example',
      registeredBy: coordinator,
      registeredAt: '2026-01-10T00:00:00.000Z',
    } satisfies CompanyRegisteredV1,
  },
  'CapabilitiesDeclared.v1': {
    streamId,
    data: {
      companyId,
      capabilities: [{ process: 'milling', materials: ['SUS304', 'A5052'], maxSizeMm: { x: 600, y: 400, z: 300 } }],
      declaredBy: companyId,
      declaredAt: '2026-01-11T00:00:00.000Z',
    } satisfies CapabilitiesDeclaredV1,
  },
  'StatusWordsDeclared.v1': {
    streamId,
    data: { companyId, words: [{ word: '加工中', status: 'in_progress' }], declaredBy: companyId, declaredAt: '2026-01-11T00:00:00.000Z' } satisfies StatusWordsDeclaredV1,
  },
  'CertificationGranted.v1': {
    streamId,
    data: {
      companyId,
      certificationId: 'jisq9100',
      kind: 'standard',
      name: 'JIS Q 9100',
      scopeProcess: 'machining',
      validFrom: '2026-01-01T00:00:00.000Z',
      validUntil: '2027-01-01T00:00:00.000Z',
      grantedBy: coordinator,
    } satisfies CertificationGrantedV1,
  },
  'CertificationRenewed.v1': {
    streamId,
    data: {
      companyId,
      certificationId: 'jisq9100',
      previousValidUntil: '2027-01-01T00:00:00.000Z',
      validFrom: '2027-01-01T00:00:00.000Z',
      validUntil: '2028-01-01T00:00:00.000Z',
      capped: false,
      renewedBy: coordinator,
      renewedAt: '2026-12-15T00:00:00.000Z',
    } satisfies CertificationRenewedV1,
  },
  'CertificationRevoked.v1': {
    streamId,
    data: { companyId, certificationId: 'jisq9100', revokedBy: coordinator, revokedAt: '2027-03-01T00:00:00.000Z' } satisfies CertificationRevokedV1,
  },
  'JoinedConsortium.v1': {
    streamId,
    data: { companyId, consortiumId: 'kanto-metal', joinedBy: companyId, joinedAt: '2026-02-01T00:00:00.000Z' } satisfies JoinedConsortiumV1,
  },
  'LeftConsortium.v1': {
    streamId,
    data: { companyId, consortiumId: 'kanto-metal', leftBy: companyId, leftAt: '2026-03-01T00:00:00.000Z' } satisfies LeftConsortiumV1,
  },
  'CredentialIssued.v1': {
    streamId,
    data: {
      companyId,
      credentialId: 'tablet-1',
      role: 'workshop',
      secretHash: 'a'.repeat(64),
      label: 'shop-floor tablet',
      issuedBy: coordinator,
      issuedAt: '2026-02-01T00:00:00.000Z',
    } satisfies CredentialIssuedV1,
  },
  'CredentialRevoked.v1': {
    streamId,
    data: { companyId, credentialId: 'tablet-1', revokedBy: coordinator, revokedAt: '2026-06-01T00:00:00.000Z' } satisfies CredentialRevokedV1,
  },
  'IntegratorAccessGranted.v1': {
    streamId,
    data: { companyId, integratorId: 'erp-bridge', scopes: ['orders'], grantedBy: companyId, grantedAt: '2026-03-01T00:00:00.000Z' } satisfies IntegratorAccessGrantedV1,
  },
  'IntegratorAccessRevoked.v1': {
    streamId,
    data: { companyId, integratorId: 'erp-bridge', revokedBy: companyId, revokedAt: '2026-09-01T00:00:00.000Z' } satisfies IntegratorAccessRevokedV1,
  },
  'PhoneLinkIssued.v1': {
    streamId,
    data: {
      companyId,
      linkId: 'line-2-phone',
      label: "line 2 foreman's phone",
      expiresAt: '2026-05-01T09:00:00.000Z',
      issuedBy: coordinator,
      issuedAt: '2026-04-01T09:00:00.000Z',
    } satisfies PhoneLinkIssuedV1,
  },
  'PhoneLinkRevoked.v1': {
    streamId,
    data: { companyId, linkId: 'line-2-phone', revokedBy: companyId, revokedAt: '2026-04-10T00:00:00.000Z' } satisfies PhoneLinkRevokedV1,
  },
};
