import type { IntegratorAccessGrantedV1, IntegratorAccessRevokedV1, NetworkCompanyRole } from '@renkei/contracts';
import { requireRegistered } from './authorization';
import type { NetworkActor, NetworkCommandMetadata } from './command-metadata';
import type { Company, IntegratorGrant, RegisteredCompany } from './company-state';
import { NetworkError } from './field-error';
import { canonicalScopes, integratorScopeErrors } from './integrator-scope-rules';

/** What the edge looked up about the integrator before deciding: its registered roles, null when it is not registered. */
export interface IntegratorLookup {
  readonly integratorRoles: readonly NetworkCompanyRole[] | null;
}

export interface GrantIntegratorAccess {
  readonly type: 'GrantIntegratorAccess';
  readonly data: Pick<IntegratorAccessGrantedV1, 'companyId' | 'integratorId' | 'scopes'>;
  readonly metadata: NetworkCommandMetadata & { readonly lookups: IntegratorLookup };
}

export interface RevokeIntegratorAccess {
  readonly type: 'RevokeIntegratorAccess';
  readonly data: { readonly companyId: string; readonly integratorId: string };
  readonly metadata: NetworkCommandMetadata;
}

export interface IntegratorAccessGranted {
  readonly type: 'IntegratorAccessGranted';
  readonly data: IntegratorAccessGrantedV1;
}

export interface IntegratorAccessRevoked {
  readonly type: 'IntegratorAccessRevoked';
  readonly data: IntegratorAccessRevokedV1;
}

/** The roles whose data (orders, BOM shares, work) a company may open to an integrator. */
const GRANTOR_ROLES: readonly NetworkCompanyRole[] = ['lead', 'workshop'];

/**
 * The company opens its own data, in the given scopes, to a registered integrator. Granting the
 * scopes already granted records nothing; other scopes record a grant that replaces the old one.
 */
export function decideGrantIntegratorAccess(command: GrantIntegratorAccess, state: Company): IntegratorAccessGranted[] {
  const { data, metadata } = command;
  requireGrantor(metadata.actor, data.companyId, 'grant an integrator access to its data');
  if (data.integratorId === data.companyId) {
    throw new NetworkError('NETWORK.SELF_GRANT', `company ${data.companyId} cannot grant access to itself`, [
      { field: 'integratorId', rule: 'must name another company than the grantor', allowed: 'a registered company holding the role integrator' },
    ]);
  }
  const scopeErrors = integratorScopeErrors(data.scopes);
  if (scopeErrors.length > 0) throw new NetworkError('NETWORK.INVALID_INPUT', `the scopes of a grant by ${data.companyId} are not valid`, scopeErrors);
  const company = requireGrantorRole(requireRegistered(state, data.companyId));
  requireIntegrator(data.integratorId, metadata.lookups.integratorRoles);

  const scopes = canonicalScopes(data.scopes);
  const current = currentGrantTo(company, data.integratorId);
  if (current !== undefined && current.scopes.join() === scopes.join()) return [];
  return [
    {
      type: 'IntegratorAccessGranted',
      data: { companyId: data.companyId, integratorId: data.integratorId, scopes, grantedBy: metadata.actor.companyId, grantedAt: metadata.now.toISOString() },
    },
  ];
}

export function decideRevokeIntegratorAccess(command: RevokeIntegratorAccess, state: Company): [IntegratorAccessRevoked] {
  const { data, metadata } = command;
  requireGrantor(metadata.actor, data.companyId, "revoke an integrator's access to its data");
  const company = requireRegistered(state, data.companyId);
  const grant = company.integratorGrants.get(data.integratorId);
  if (grant === undefined) {
    const current = currentIntegratorGrants(company).map(({ integratorId }) => integratorId);
    throw new NetworkError('NETWORK.UNKNOWN_GRANT', `company ${company.companyId} never granted ${data.integratorId} access; there is nothing to revoke`, [
      { field: 'integratorId', rule: 'must name an integrator the company granted access to', allowed: current.length > 0 ? current.join(', ') : 'none: no grant is current' },
    ]);
  }
  if (grant.revokedAt !== null) {
    throw new NetworkError('NETWORK.ALREADY_REVOKED', `the access of ${data.integratorId} to the data of ${company.companyId} was already revoked at ${grant.revokedAt}`);
  }
  return [{ type: 'IntegratorAccessRevoked', data: { ...data, revokedBy: metadata.actor.companyId, revokedAt: metadata.now.toISOString() } }];
}

/** The grants in force: what each integrator currently reads of this company's data. */
export function currentIntegratorGrants(state: Company): IntegratorGrant[] {
  if (state.status !== 'Registered') return [];
  return [...state.integratorGrants.values()].filter((grant) => grant.revokedAt === null);
}

function currentGrantTo(company: RegisteredCompany, integratorId: string): IntegratorGrant | undefined {
  const grant = company.integratorGrants.get(integratorId);
  return grant?.revokedAt === null ? grant : undefined;
}

/** The data is the company's own: not even a coordinator opens it, and the company acts in a role that owns such data. */
function requireGrantor(actor: NetworkActor, companyId: string, action: string): void {
  if (actor.companyId !== companyId || !GRANTOR_ROLES.includes(actor.role)) {
    throw new NetworkError('NETWORK.NOT_ALLOWED', `only company ${companyId} itself, acting as lead or workshop, may ${action}; ${actor.companyId} acts as ${actor.role}`);
  }
}

function requireGrantorRole(company: RegisteredCompany): RegisteredCompany {
  if (!company.roles.some((role) => GRANTOR_ROLES.includes(role))) {
    throw new NetworkError('NETWORK.ROLE_NOT_HELD', `only a lead or a workshop grants integrators access; ${company.companyId} holds ${company.roles.join(', ')}`);
  }
  return company;
}

function requireIntegrator(integratorId: string, roles: readonly NetworkCompanyRole[] | null): void {
  if (roles === null || !roles.includes('integrator')) {
    const why = roles === null ? 'is not registered in the network' : 'does not hold the role integrator';
    throw new NetworkError('NETWORK.UNKNOWN_INTEGRATOR', `company ${integratorId} ${why}`, [
      { field: 'integratorId', rule: 'must name a registered company holding the role integrator', allowed: 'the company id of an integrator, e.g. erp-bridge' },
    ]);
  }
}
