import { decideGrantCertification, decideRenewCertification, decideRevokeCertification } from './certification-commands';
import type { Certification, Company, Credential, IntegratorGrant, PhoneLink, RegisteredCompany } from './company-state';
import { decideJoinConsortium, decideLeaveConsortium } from './consortium-membership';
import { decideIssueCredential, decideRevokeCredential } from './credentials';
import { decideDeclareCapabilities } from './declare-capabilities';
import { decideDeclareStatusWords } from './declare-status-words';
import { decideGrantIntegratorAccess, decideRevokeIntegratorAccess } from './integrator-access';
import type { NetworkCommand, NetworkEvent } from './network-messages';
import { decideIssuePhoneLink, decideRevokePhoneLink } from './phone-links';
import { decideRegisterCompany } from './register-company';

export function decide(command: NetworkCommand, state: Company): NetworkEvent[] {
  switch (command.type) {
    case 'RegisterCompany':
      return decideRegisterCompany(command, state);
    case 'DeclareCapabilities':
      return decideDeclareCapabilities(command, state);
    case 'DeclareStatusWords':
      return decideDeclareStatusWords(command, state);
    case 'GrantCertification':
      return decideGrantCertification(command, state);
    case 'RenewCertification':
      return decideRenewCertification(command, state);
    case 'RevokeCertification':
      return decideRevokeCertification(command, state);
    case 'JoinConsortium':
      return decideJoinConsortium(command, state);
    case 'LeaveConsortium':
      return decideLeaveConsortium(command, state);
    case 'IssueCredential':
      return decideIssueCredential(command, state);
    case 'RevokeCredential':
      return decideRevokeCredential(command, state);
    case 'GrantIntegratorAccess':
      return decideGrantIntegratorAccess(command, state);
    case 'RevokeIntegratorAccess':
      return decideRevokeIntegratorAccess(command, state);
    case 'IssuePhoneLink':
      return decideIssuePhoneLink(command, state);
    case 'RevokePhoneLink':
      return decideRevokePhoneLink(command, state);
    default:
      return assertNever(command);
  }
}

export function evolve(state: Company, event: NetworkEvent): Company {
  switch (event.type) {
    case 'CompanyRegistered': {
      const { companyId, legalName, roles, timeZone, contactEmail, registeredAt } = event.data;
      return {
        status: 'Registered',
        companyId,
        legalName,
        roles,
        timeZone,
        contactEmail,
        registeredAt,
        capabilities: [],
        statusWords: [],
        certifications: new Map(),
        consortia: [],
        credentials: new Map(),
        integratorGrants: new Map(),
        phoneLinks: new Map(),
      };
    }
    case 'CapabilitiesDeclared':
      return { ...registered(state, event), capabilities: event.data.capabilities };
    case 'StatusWordsDeclared':
      return { ...registered(state, event), statusWords: event.data.words };
    case 'CertificationGranted': {
      const { certificationId, kind, name, scopeProcess, validFrom, validUntil, grantedBy } = event.data;
      return withCertification(registered(state, event), {
        certificationId,
        kind,
        name,
        scopeProcess,
        grantedAt: validFrom,
        validUntil,
        periods: [{ validFrom, validUntil }],
        revokedAt: null,
        history: [{ change: 'granted', at: validFrom, by: grantedBy }],
      });
    }
    case 'CertificationRenewed': {
      const company = registered(state, event);
      const current = certificationIn(company, event.data.certificationId);
      const { validFrom, validUntil, renewedAt, renewedBy } = event.data;
      const last = current.periods[current.periods.length - 1];
      // A renewal before expiry continues the same period; one after a lapse opens a new one.
      const periods =
        last && last.validUntil === validFrom ? [...current.periods.slice(0, -1), { validFrom: last.validFrom, validUntil }] : [...current.periods, { validFrom, validUntil }];
      return withCertification(company, { ...current, validUntil, periods, history: [...current.history, { change: 'renewed', at: renewedAt, by: renewedBy }] });
    }
    case 'CertificationRevoked': {
      const company = registered(state, event);
      const current = certificationIn(company, event.data.certificationId);
      const { revokedAt, revokedBy } = event.data;
      return withCertification(company, { ...current, revokedAt, history: [...current.history, { change: 'revoked', at: revokedAt, by: revokedBy }] });
    }
    case 'JoinedConsortium': {
      const company = registered(state, event);
      return { ...company, consortia: [...company.consortia, event.data.consortiumId] };
    }
    case 'LeftConsortium': {
      const company = registered(state, event);
      return { ...company, consortia: company.consortia.filter((consortiumId) => consortiumId !== event.data.consortiumId) };
    }
    case 'CredentialIssued': {
      const { credentialId, role, secretHash, label, issuedAt, issuedBy } = event.data;
      return withCredential(registered(state, event), { credentialId, role, secretHash, label, issuedAt, issuedBy, revokedAt: null });
    }
    case 'CredentialRevoked': {
      const company = registered(state, event);
      const current = company.credentials.get(event.data.credentialId);
      if (!current) throw new Error(`CredentialRevoked for unknown credential ${event.data.credentialId}`);
      return withCredential(company, { ...current, revokedAt: event.data.revokedAt });
    }
    case 'IntegratorAccessGranted': {
      const { integratorId, scopes, grantedBy, grantedAt } = event.data;
      return withIntegratorGrant(registered(state, event), { integratorId, scopes, grantedBy, grantedAt, revokedAt: null });
    }
    case 'IntegratorAccessRevoked': {
      const company = registered(state, event);
      const current = company.integratorGrants.get(event.data.integratorId);
      if (!current) throw new Error(`IntegratorAccessRevoked for ${event.data.integratorId}, which was never granted access`);
      return withIntegratorGrant(company, { ...current, revokedAt: event.data.revokedAt });
    }
    case 'PhoneLinkIssued': {
      const { linkId, label, expiresAt, issuedBy, issuedAt } = event.data;
      return withPhoneLink(registered(state, event), { linkId, label, expiresAt, issuedBy, issuedAt, revokedAt: null });
    }
    case 'PhoneLinkRevoked': {
      const company = registered(state, event);
      const current = company.phoneLinks?.get(event.data.linkId);
      if (!current) throw new Error(`PhoneLinkRevoked for unknown phone link ${event.data.linkId}`);
      return withPhoneLink(company, { ...current, revokedAt: event.data.revokedAt });
    }
    default:
      return assertNever(event);
  }
}

/** decide emits nothing before CompanyRegistered; a stream that does is corrupt, and evolving it must fail loudly. */
function registered(state: Company, event: NetworkEvent): RegisteredCompany {
  if (state.status !== 'Registered') throw new Error(`${event.type} on a company stream that holds no CompanyRegistered`);
  return state;
}

function certificationIn(state: RegisteredCompany, certificationId: string): Certification {
  const certification = state.certifications.get(certificationId);
  if (!certification) throw new Error(`event for unknown certification ${certificationId}`);
  return certification;
}

function withCertification(state: RegisteredCompany, certification: Certification): RegisteredCompany {
  return { ...state, certifications: new Map(state.certifications).set(certification.certificationId, certification) };
}

function withCredential(state: RegisteredCompany, credential: Credential): RegisteredCompany {
  return { ...state, credentials: new Map(state.credentials).set(credential.credentialId, credential) };
}

function withIntegratorGrant(state: RegisteredCompany, grant: IntegratorGrant): RegisteredCompany {
  return { ...state, integratorGrants: new Map(state.integratorGrants).set(grant.integratorId, grant) };
}

function withPhoneLink(state: RegisteredCompany, link: PhoneLink): RegisteredCompany {
  return { ...state, phoneLinks: new Map(state.phoneLinks).set(link.linkId, link) };
}

function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
