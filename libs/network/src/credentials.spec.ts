import { deciderSpecification } from '@renkei/testing';
import { decide, evolve } from './company';
import { initialCompany } from './company-state';
import { activeCredentials, type CredentialRevoked, type IssueCredential, type RevokeCredential } from './credentials';
import { companyRegistered, coordinator, credentialIssued, metadata, now, okada, stranger } from './network-test-fixtures';

const spec = deciderSpecification({ decide, evolve, initialState: initialCompany });

const hash = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const issue = (role: IssueCredential['data']['role'] = 'workshop', actor = coordinator, credentialId = 'tablet-2'): IssueCredential => ({
  type: 'IssueCredential',
  data: { companyId: 'okada', credentialId, role, secretHash: hash, label: 'office PC' },
  metadata: metadata(actor),
});
const revoke = (actor = coordinator, credentialId = 'tablet-1'): RevokeCredential => ({
  type: 'RevokeCredential',
  data: { companyId: 'okada', credentialId },
  metadata: metadata(actor),
});
const revoked = (revokedBy = 'kanto-office', credentialId = 'tablet-1'): CredentialRevoked => ({
  type: 'CredentialRevoked',
  data: { companyId: 'okada', credentialId, revokedBy, revokedAt: now.toISOString() },
});

describe('company: IssueCredential', () => {
  it('issues a credential acting in one of the company’s roles, keeping only the secret’s hash', () => {
    spec
      .given([companyRegistered(['workshop', 'lead'])])
      .when(issue('lead'))
      .then([
        {
          type: 'CredentialIssued',
          data: { companyId: 'okada', credentialId: 'tablet-2', role: 'lead', secretHash: hash, label: 'office PC', issuedBy: 'kanto-office', issuedAt: now.toISOString() },
        },
      ]);
  });

  it('refuses anyone but a coordinator, even the company itself', () => {
    spec.given([companyRegistered()]).when(issue('workshop', okada)).thenThrows('NETWORK.NOT_ALLOWED');
  });

  it('refuses a role the company does not hold', () => {
    spec.given([companyRegistered(['workshop'])]).when(issue('coordinator')).thenThrows('NETWORK.ROLE_NOT_HELD');
  });

  it('refuses a credential id already issued', () => {
    spec.given([companyRegistered(), credentialIssued('tablet-2')]).when(issue()).thenThrows('NETWORK.ALREADY_ISSUED');
  });
});

describe('company: RevokeCredential', () => {
  it('lets a coordinator revoke', () => {
    spec.given([companyRegistered(), credentialIssued()]).when(revoke()).then([revoked()]);
  });

  it('lets the company itself revoke its own credential', () => {
    spec.given([companyRegistered(), credentialIssued()]).when(revoke(okada)).then([revoked('okada')]);
  });

  it('refuses another company', () => {
    spec.given([companyRegistered(), credentialIssued()]).when(revoke(stranger)).thenThrows('NETWORK.NOT_ALLOWED');
  });

  it('refuses an unknown credential', () => {
    spec.given([companyRegistered(), credentialIssued()]).when(revoke(coordinator, 'tablet-9')).thenThrows('NETWORK.UNKNOWN_CREDENTIAL');
  });

  it('refuses to revoke twice', () => {
    spec.given([companyRegistered(), credentialIssued(), revoked()]).when(revoke()).thenThrows('NETWORK.ALREADY_REVOKED');
  });
});

describe('activeCredentials', () => {
  it('lists the issued credentials not revoked', () => {
    const state = [companyRegistered(), credentialIssued('tablet-1'), credentialIssued('tablet-2'), revoked()].reduce(evolve, initialCompany);
    expect(activeCredentials(state)).toEqual([
      {
        credentialId: 'tablet-2',
        role: 'workshop',
        secretHash: 'a'.repeat(64),
        label: 'shop-floor tablet',
        issuedAt: '2026-02-01T00:00:00.000Z',
        issuedBy: 'kanto-office',
        revokedAt: null,
      },
    ]);
  });

  it('is empty for an unregistered company', () => {
    expect(activeCredentials(initialCompany)).toEqual([]);
  });
});
