import type { NetworkCapabilityV1, NetworkCertificationKind, NetworkCompanyRole, NetworkIntegratorScope, NetworkProcess, NetworkStatusWordV1 } from '@renkei/contracts';

/** A half-open interval [validFrom, validUntil) in ISO timestamps. */
export interface ValidityPeriod {
  readonly validFrom: string;
  readonly validUntil: string;
}

export interface CertificationChange {
  readonly change: 'granted' | 'renewed' | 'revoked';
  readonly at: string;
  readonly by: string;
}

export interface Certification {
  readonly certificationId: string;
  readonly kind: NetworkCertificationKind;
  readonly name: string;
  readonly scopeProcess: NetworkProcess;
  /** The first grant: the three-year renewal cap counts from here. */
  readonly grantedAt: string;
  /** End of the latest period; expiry is a matter of time, so no event marks it. */
  readonly validUntil: string;
  /** Every period it was valid in, oldest first; a renewal after a lapse leaves a gap. */
  readonly periods: readonly ValidityPeriod[];
  readonly revokedAt: string | null;
  readonly history: readonly CertificationChange[];
}

export interface Credential {
  readonly credentialId: string;
  readonly role: NetworkCompanyRole;
  readonly secretHash: string;
  readonly label: string;
  readonly issuedAt: string;
  readonly issuedBy: string;
  readonly revokedAt: string | null;
}

/** The company's latest grant to one integrator; a revoked one stays, so revoking twice is told apart from never granting. */
export interface IntegratorGrant {
  readonly integratorId: string;
  readonly scopes: readonly NetworkIntegratorScope[];
  readonly grantedBy: string;
  readonly grantedAt: string;
  readonly revokedAt: string | null;
}

/** A link that opens the workshop's phone page; a revoked one stays, so revoking twice is told apart from never issuing. */
export interface PhoneLink {
  readonly linkId: string;
  readonly label: string;
  readonly expiresAt: string;
  readonly issuedBy: string;
  readonly issuedAt: string;
  readonly revokedAt: string | null;
}

export interface RegisteredCompany {
  readonly status: 'Registered';
  readonly companyId: string;
  readonly legalName: string;
  readonly roles: readonly NetworkCompanyRole[];
  readonly timeZone: string;
  readonly contactEmail: string;
  readonly registeredAt: string;
  readonly capabilities: readonly NetworkCapabilityV1[];
  /** The workshop's own progress vocabulary, as last declared; empty until then. */
  readonly statusWords: readonly NetworkStatusWordV1[];
  /** By certification id; a Map so an id like "constructor" can never hit a prototype member. */
  readonly certifications: ReadonlyMap<string, Certification>;
  readonly consortia: readonly string[];
  readonly credentials: ReadonlyMap<string, Credential>;
  /** By integrator id: what this company opened to which integrator. */
  readonly integratorGrants: ReadonlyMap<string, IntegratorGrant>;
  /**
   * By link id. Optional only because read models rebuild a company's public part without it
   * (gateway company profiles); this lib's evolve always sets it, and absent reads as none.
   */
  readonly phoneLinks?: ReadonlyMap<string, PhoneLink>;
}

/** A member company, as far as its own stream tells. */
export type Company = { readonly status: 'Unregistered' } | RegisteredCompany;

export const initialCompany: Company = { status: 'Unregistered' };
