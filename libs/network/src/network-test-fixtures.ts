// Builders shared by this lib's specs; not exported from the index.
import type { NetworkCompanyRole, NetworkIntegratorScope } from '@renkei/contracts';
import type { CertificationGranted } from './certification-commands';
import type { NetworkActor, NetworkCommandMetadata } from './command-metadata';
import type { CredentialIssued } from './credentials';
import type { GrantIntegratorAccess, IntegratorAccessGranted } from './integrator-access';
import type { PhoneLinkIssued } from './phone-links';
import type { CompanyRegistered } from './register-company';

export const now = new Date('2026-04-01T09:00:00.000Z');
export const coordinator: NetworkActor = { companyId: 'kanto-office', role: 'coordinator' };
export const okada: NetworkActor = { companyId: 'okada', role: 'workshop' };
export const stranger: NetworkActor = { companyId: 'mori', role: 'workshop' };

export function metadata(actor: NetworkActor = coordinator, at: Date = now): NetworkCommandMetadata {
  return { actor, now: at };
}

export function companyRegistered(roles: NetworkCompanyRole[] = ['workshop']): CompanyRegistered {
  return {
    type: 'CompanyRegistered',
    data: {
      companyId: 'okada',
      legalName: 'Okada Seisakusho Co., Ltd.',
      roles,
      timeZone: 'Asia/Tokyo',
      contactEmail: 'office@okada.example',
      registeredBy: coordinator.companyId,
      registeredAt: '2026-01-10T00:00:00.000Z',
    },
  };
}

export function certificationGranted(validFrom: string, validUntil: string, overrides: Partial<CertificationGranted['data']> = {}): CertificationGranted {
  return {
    type: 'CertificationGranted',
    data: {
      companyId: 'okada',
      certificationId: 'jisq9100',
      kind: 'standard',
      name: 'JIS Q 9100',
      scopeProcess: 'machining',
      validFrom,
      validUntil,
      grantedBy: coordinator.companyId,
      ...overrides,
    },
  };
}

export function credentialIssued(credentialId = 'tablet-1'): CredentialIssued {
  return {
    type: 'CredentialIssued',
    data: {
      companyId: 'okada',
      credentialId,
      role: 'workshop',
      secretHash: 'a'.repeat(64),
      label: 'shop-floor tablet',
      issuedBy: coordinator.companyId,
      issuedAt: '2026-02-01T00:00:00.000Z',
    },
  };
}

export const erpBridge = 'erp-bridge';

/** The metadata of a grant: who asks, when, and the roles the edge found the integrator registered with (null: not registered). */
export function grantMetadata(actor: NetworkActor = okada, integratorRoles: readonly NetworkCompanyRole[] | null = ['integrator']): GrantIntegratorAccess['metadata'] {
  return { ...metadata(actor), lookups: { integratorRoles } };
}

export function integratorAccessGranted(scopes: NetworkIntegratorScope[] = ['orders'], integratorId = erpBridge): IntegratorAccessGranted {
  return { type: 'IntegratorAccessGranted', data: { companyId: 'okada', integratorId, scopes, grantedBy: 'okada', grantedAt: '2026-03-01T00:00:00.000Z' } };
}

export const lead: NetworkActor = { companyId: 'kanto-pumps', role: 'lead' };

/** A link issued by the coordinator on 2026-03-25, open until 2026-04-24 (30 days). */
export function phoneLinkIssued(linkId = 'line-2-phone', overrides: Partial<PhoneLinkIssued['data']> = {}): PhoneLinkIssued {
  return {
    type: 'PhoneLinkIssued',
    data: {
      companyId: 'okada',
      linkId,
      label: "line 2 foreman's phone",
      expiresAt: '2026-04-24T09:00:00.000Z',
      issuedBy: coordinator.companyId,
      issuedAt: '2026-03-25T09:00:00.000Z',
      ...overrides,
    },
  };
}
