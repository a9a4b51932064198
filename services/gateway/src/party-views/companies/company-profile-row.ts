import type { EventEnvelope, NetworkEventType } from '@renkei/contracts';
import { evolve as evolveCompany, initialCompany, type Company, type NetworkEvent, type RegisteredCompany } from '@renkei/network';
import type { CompanyProfileEntity } from './company-profile.entity';

export type CompanyProfileRow = CompanyProfileEntity;

/** The network events that change a public profile; status words, credentials and integrator grants are private. */
export const COMPANY_PROFILE_EVENT_TYPES = [
  'CompanyRegistered',
  'CapabilitiesDeclared',
  'CertificationGranted',
  'CertificationRenewed',
  'CertificationRevoked',
  'JoinedConsortium',
  'LeftConsortium',
] as const satisfies readonly NetworkEventType[];

/**
 * Pure projection step. The network context's own evolve folds the public part of the company
 * (so renewals and lapses follow its rules); the row keeps only that part. A stream revision
 * already applied changes nothing.
 */
export function evolveCompanyProfileRow(row: CompanyProfileRow | null, event: EventEnvelope): CompanyProfileRow | null {
  if (!(COMPANY_PROFILE_EVENT_TYPES as readonly string[]).includes(event.type)) return row;
  if (row !== null && Number(event.revision) <= row.lastRevision) return row;
  if (row === null && event.type !== 'CompanyRegistered') return row;
  const state = evolveCompany(row === null ? initialCompany : publicStateOf(row), { type: event.type, data: event.data } as unknown as NetworkEvent);
  if (state.status !== 'Registered') return row;
  return {
    companyId: state.companyId,
    legalName: state.legalName,
    roles: [...state.roles],
    capabilities: state.capabilities.map(({ process, materials, maxSizeMm }) => ({ process, materials: [...materials], maxSizeMm })),
    certifications: [...state.certifications.values()].map(({ certificationId, kind, name, scopeProcess, grantedAt, validUntil, periods, revokedAt }) => ({
      certificationId,
      kind,
      name,
      scopeProcess,
      grantedAt,
      validUntil,
      periods: periods.map(({ validFrom, validUntil: until }) => ({ validFrom, validUntil: until })),
      revokedAt,
    })),
    consortia: [...state.consortia],
    registeredAt: state.registeredAt,
    updatedAt: event.recordedAt.toISOString(),
    lastRevision: Number(event.revision),
  };
}

/** The row as the domain's state. The private parts were never kept; the public events this projection takes never read them. */
function publicStateOf(row: CompanyProfileRow): Company {
  const company: RegisteredCompany = {
    status: 'Registered',
    companyId: row.companyId,
    legalName: row.legalName,
    roles: row.roles as RegisteredCompany['roles'],
    timeZone: '',
    contactEmail: '',
    registeredAt: row.registeredAt,
    capabilities: row.capabilities,
    statusWords: [],
    certifications: new Map(row.certifications.map((certification) => [certification.certificationId, { ...certification, history: [] }])),
    consortia: row.consortia,
    credentials: new Map(),
    integratorGrants: new Map(),
  };
  return company;
}
