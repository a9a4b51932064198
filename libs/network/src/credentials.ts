import type { CredentialIssuedV1, CredentialRevokedV1 } from '@renkei/contracts';
import { requireCoordinator, requireRegistered, requireSelfOrCoordinator } from './authorization';
import type { NetworkCommandMetadata } from './command-metadata';
import type { Company, Credential } from './company-state';
import { NetworkError } from './field-error';

export interface IssueCredential {
  readonly type: 'IssueCredential';
  /** secretHash is computed at the edge: the domain never sees the secret. */
  readonly data: Pick<CredentialIssuedV1, 'companyId' | 'credentialId' | 'role' | 'secretHash' | 'label'>;
  readonly metadata: NetworkCommandMetadata;
}

export interface RevokeCredential {
  readonly type: 'RevokeCredential';
  readonly data: { readonly companyId: string; readonly credentialId: string };
  readonly metadata: NetworkCommandMetadata;
}

export interface CredentialIssued {
  readonly type: 'CredentialIssued';
  readonly data: CredentialIssuedV1;
}

export interface CredentialRevoked {
  readonly type: 'CredentialRevoked';
  readonly data: CredentialRevokedV1;
}

export function decideIssueCredential(command: IssueCredential, state: Company): [CredentialIssued] {
  const { data, metadata } = command;
  requireCoordinator(metadata.actor, 'issue a credential');
  const company = requireRegistered(state, data.companyId);
  if (company.credentials.has(data.credentialId)) {
    throw new NetworkError('NETWORK.ALREADY_ISSUED', `credential ${data.credentialId} was already issued to ${company.companyId}`);
  }
  if (!company.roles.includes(data.role)) {
    throw new NetworkError('NETWORK.ROLE_NOT_HELD', `company ${company.companyId} does not hold the role ${data.role}; it holds ${company.roles.join(', ')}`, [
      { field: 'role', rule: "must be one of the company's roles", allowed: company.roles.join(', ') },
    ]);
  }
  return [{ type: 'CredentialIssued', data: { ...data, issuedBy: metadata.actor.companyId, issuedAt: metadata.now.toISOString() } }];
}

export function decideRevokeCredential(command: RevokeCredential, state: Company): [CredentialRevoked] {
  const { data, metadata } = command;
  requireSelfOrCoordinator(metadata.actor, data.companyId, 'revoke its credential');
  const company = requireRegistered(state, data.companyId);
  const credential = company.credentials.get(data.credentialId);
  if (!credential) {
    throw new NetworkError('NETWORK.UNKNOWN_CREDENTIAL', `company ${company.companyId} holds no credential ${data.credentialId}`);
  }
  if (credential.revokedAt !== null) {
    throw new NetworkError('NETWORK.ALREADY_REVOKED', `credential ${data.credentialId} was already revoked at ${credential.revokedAt}`);
  }
  return [{ type: 'CredentialRevoked', data: { ...data, revokedBy: metadata.actor.companyId, revokedAt: metadata.now.toISOString() } }];
}

/** Credentials that still authenticate: the edge builds its key table from these. */
export function activeCredentials(state: Company): Credential[] {
  if (state.status !== 'Registered') return [];
  return [...state.credentials.values()].filter((credential) => credential.revokedAt === null);
}
