import type { CertificationGrantedV1, CertificationRenewedV1, CertificationRevokedV1 } from '@renkei/contracts';
import { requireCoordinator, requireRegistered } from './authorization';
import { addUtcYears } from './calendar-years';
import { INSTRUCTOR_VALIDITY_YEARS, STANDARD_MAX_SPAN_YEARS, STANDARD_VALIDITY_YEARS, renewalPeriod } from './certification-validity';
import type { NetworkCommandMetadata } from './command-metadata';
import type { Certification, Company, RegisteredCompany } from './company-state';
import { NetworkError } from './field-error';

export interface GrantCertification {
  readonly type: 'GrantCertification';
  readonly data: Pick<CertificationGrantedV1, 'companyId' | 'certificationId' | 'kind' | 'name' | 'scopeProcess'>;
  readonly metadata: NetworkCommandMetadata;
}

export interface RenewCertification {
  readonly type: 'RenewCertification';
  readonly data: { readonly companyId: string; readonly certificationId: string };
  readonly metadata: NetworkCommandMetadata;
}

export interface RevokeCertification {
  readonly type: 'RevokeCertification';
  readonly data: { readonly companyId: string; readonly certificationId: string };
  readonly metadata: NetworkCommandMetadata;
}

export interface CertificationGranted {
  readonly type: 'CertificationGranted';
  readonly data: CertificationGrantedV1;
}

export interface CertificationRenewed {
  readonly type: 'CertificationRenewed';
  readonly data: CertificationRenewedV1;
}

export interface CertificationRevoked {
  readonly type: 'CertificationRevoked';
  readonly data: CertificationRevokedV1;
}

export function decideGrantCertification(command: GrantCertification, state: Company): [CertificationGranted] {
  const { data, metadata } = command;
  requireCoordinator(metadata.actor, 'grant a certification');
  const company = requireRegistered(state, data.companyId);
  if (company.certifications.has(data.certificationId)) {
    throw new NetworkError('NETWORK.ALREADY_GRANTED', `certification ${data.certificationId} was already granted to ${company.companyId}; renew it instead`);
  }
  const validFrom = metadata.now.toISOString();
  const years = data.kind === 'standard' ? STANDARD_VALIDITY_YEARS : INSTRUCTOR_VALIDITY_YEARS;
  return [
    {
      type: 'CertificationGranted',
      data: { ...data, validFrom, validUntil: addUtcYears(validFrom, years), grantedBy: metadata.actor.companyId },
    },
  ];
}

export function decideRenewCertification(command: RenewCertification, state: Company): [CertificationRenewed] {
  const { data, metadata } = command;
  requireCoordinator(metadata.actor, 'renew a certification');
  const certification = knownCertification(requireRegistered(state, data.companyId), data.certificationId);
  if (certification.revokedAt !== null) {
    throw new NetworkError('NETWORK.CERTIFICATION_REVOKED', `certification ${certification.certificationId} was revoked at ${certification.revokedAt}; grant a new one`);
  }
  if (certification.kind !== 'standard') {
    throw new NetworkError('NETWORK.NOT_RENEWABLE', `an ${certification.kind} certification has a fixed term and is not renewed; grant a new one`);
  }
  const period = renewalPeriod(certification, metadata.now);
  if (period === undefined) {
    throw new NetworkError(
      'NETWORK.RENEWAL_LIMIT_REACHED',
      `certification ${certification.certificationId} reached its limit of ${STANDARD_MAX_SPAN_YEARS} years from the first grant (${certification.grantedAt}); a new audit and grant is needed`,
    );
  }
  return [
    {
      type: 'CertificationRenewed',
      data: {
        companyId: data.companyId,
        certificationId: certification.certificationId,
        previousValidUntil: certification.validUntil,
        ...period,
        renewedBy: metadata.actor.companyId,
        renewedAt: metadata.now.toISOString(),
      },
    },
  ];
}

export function decideRevokeCertification(command: RevokeCertification, state: Company): [CertificationRevoked] {
  const { data, metadata } = command;
  requireCoordinator(metadata.actor, 'revoke a certification');
  const certification = knownCertification(requireRegistered(state, data.companyId), data.certificationId);
  if (certification.revokedAt !== null) {
    throw new NetworkError('NETWORK.ALREADY_REVOKED', `certification ${certification.certificationId} was already revoked at ${certification.revokedAt}`);
  }
  return [
    {
      type: 'CertificationRevoked',
      data: { companyId: data.companyId, certificationId: certification.certificationId, revokedBy: metadata.actor.companyId, revokedAt: metadata.now.toISOString() },
    },
  ];
}

function knownCertification(company: RegisteredCompany, certificationId: string): Certification {
  const certification = company.certifications.get(certificationId);
  if (!certification) {
    throw new NetworkError('NETWORK.UNKNOWN_CERTIFICATION', `company ${company.companyId} holds no certification ${certificationId}`);
  }
  return certification;
}
