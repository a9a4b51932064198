import { currentIntegratorGrants, validCertificationsAt, type RegisteredCompany } from '@renkei/network';

/**
 * A company as it and the coordinators see it. Every field is picked by name:
 * a credential's secretHash (or anything added to the state later) never leaks
 * through a spread.
 */
export function companyView(company: RegisteredCompany, now: Date) {
  const valid = new Set(validCertificationsAt(company, now).map((certification) => certification.certificationId));
  return {
    companyId: company.companyId,
    legalName: company.legalName,
    roles: company.roles,
    timeZone: company.timeZone,
    contactEmail: company.contactEmail,
    registeredAt: company.registeredAt,
    capabilities: company.capabilities.map(({ process, materials, maxSizeMm }) => ({ process, materials, maxSizeMm })),
    statusWords: company.statusWords.map(({ word, status }) => ({ word, status })),
    certifications: [...company.certifications.values()].map((certification) => ({
      certificationId: certification.certificationId,
      kind: certification.kind,
      name: certification.name,
      scopeProcess: certification.scopeProcess,
      grantedAt: certification.grantedAt,
      validUntil: certification.validUntil,
      periods: certification.periods.map(({ validFrom, validUntil }) => ({ validFrom, validUntil })),
      revokedAt: certification.revokedAt,
      validNow: valid.has(certification.certificationId),
    })),
    consortia: company.consortia,
    credentials: [...company.credentials.values()].map((credential) => ({
      credentialId: credential.credentialId,
      role: credential.role,
      label: credential.label,
      issuedAt: credential.issuedAt,
      revokedAt: credential.revokedAt,
    })),
    integratorGrants: currentIntegratorGrants(company).map(({ integratorId, scopes, grantedBy, grantedAt }) => ({ integratorId, scopes, grantedBy, grantedAt })),
  };
}
