import type { CertificationGranted, CertificationRenewed, CertificationRevoked, GrantCertification, RenewCertification, RevokeCertification } from './certification-commands';
import type { JoinConsortium, JoinedConsortium, LeaveConsortium, LeftConsortium } from './consortium-membership';
import type { CredentialIssued, CredentialRevoked, IssueCredential, RevokeCredential } from './credentials';
import type { CapabilitiesDeclared, DeclareCapabilities } from './declare-capabilities';
import type { DeclareStatusWords, StatusWordsDeclared } from './declare-status-words';
import type { GrantIntegratorAccess, IntegratorAccessGranted, IntegratorAccessRevoked, RevokeIntegratorAccess } from './integrator-access';
import type { IssuePhoneLink, PhoneLinkIssued, PhoneLinkRevoked, RevokePhoneLink } from './phone-links';
import type { CompanyRegistered, RegisterCompany } from './register-company';

export type NetworkCommand =
  | RegisterCompany
  | DeclareCapabilities
  | DeclareStatusWords
  | GrantCertification
  | RenewCertification
  | RevokeCertification
  | JoinConsortium
  | LeaveConsortium
  | IssueCredential
  | RevokeCredential
  | GrantIntegratorAccess
  | RevokeIntegratorAccess
  | IssuePhoneLink
  | RevokePhoneLink;

export type NetworkEvent =
  | CompanyRegistered
  | CapabilitiesDeclared
  | StatusWordsDeclared
  | CertificationGranted
  | CertificationRenewed
  | CertificationRevoked
  | JoinedConsortium
  | LeftConsortium
  | CredentialIssued
  | CredentialRevoked
  | IntegratorAccessGranted
  | IntegratorAccessRevoked
  | PhoneLinkIssued
  | PhoneLinkRevoked;
