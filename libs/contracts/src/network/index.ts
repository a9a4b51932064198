// Event schemas of the network context (versioned). Exported through libs/contracts/src/index.ts.
import { CAPABILITIES_DECLARED_SCHEMA_VERSION, CAPABILITIES_DECLARED_V1_SCHEMA } from './capabilities-declared.v1';
import { CERTIFICATION_GRANTED_SCHEMA_VERSION, CERTIFICATION_GRANTED_V1_SCHEMA } from './certification-granted.v1';
import { CERTIFICATION_RENEWED_SCHEMA_VERSION, CERTIFICATION_RENEWED_V1_SCHEMA } from './certification-renewed.v1';
import { CERTIFICATION_REVOKED_SCHEMA_VERSION, CERTIFICATION_REVOKED_V1_SCHEMA } from './certification-revoked.v1';
import { COMPANY_REGISTERED_SCHEMA_VERSION, COMPANY_REGISTERED_V1_SCHEMA } from './company-registered.v1';
import { CREDENTIAL_ISSUED_SCHEMA_VERSION, CREDENTIAL_ISSUED_V1_SCHEMA } from './credential-issued.v1';
import { CREDENTIAL_REVOKED_SCHEMA_VERSION, CREDENTIAL_REVOKED_V1_SCHEMA } from './credential-revoked.v1';
import { INTEGRATOR_ACCESS_GRANTED_SCHEMA_VERSION, INTEGRATOR_ACCESS_GRANTED_V1_SCHEMA } from './integrator-access-granted.v1';
import { INTEGRATOR_ACCESS_REVOKED_SCHEMA_VERSION, INTEGRATOR_ACCESS_REVOKED_V1_SCHEMA } from './integrator-access-revoked.v1';
import { JOINED_CONSORTIUM_SCHEMA_VERSION, JOINED_CONSORTIUM_V1_SCHEMA } from './joined-consortium.v1';
import { LEFT_CONSORTIUM_SCHEMA_VERSION, LEFT_CONSORTIUM_V1_SCHEMA } from './left-consortium.v1';
import { PHONE_LINK_ISSUED_SCHEMA_VERSION, PHONE_LINK_ISSUED_V1_SCHEMA } from './phone-link-issued.v1';
import { PHONE_LINK_REVOKED_SCHEMA_VERSION, PHONE_LINK_REVOKED_V1_SCHEMA } from './phone-link-revoked.v1';
import { STATUS_WORDS_DECLARED_SCHEMA_VERSION, STATUS_WORDS_DECLARED_V1_SCHEMA } from './status-words-declared.v1';

export * from './network-vocabulary';
export * from './company-registered.v1';
export * from './capabilities-declared.v1';
export * from './status-words-declared.v1';
export * from './certification-granted.v1';
export * from './certification-renewed.v1';
export * from './certification-revoked.v1';
export * from './joined-consortium.v1';
export * from './left-consortium.v1';
export * from './credential-issued.v1';
export * from './credential-revoked.v1';
export * from './integrator-access-granted.v1';
export * from './integrator-access-revoked.v1';
export * from './phone-link-issued.v1';
export * from './phone-link-revoked.v1';

/** The current schema of every network event type, for validation at the edges and in the AsyncAPI document. */
export const NETWORK_EVENT_SCHEMAS = {
  CompanyRegistered: COMPANY_REGISTERED_V1_SCHEMA,
  CapabilitiesDeclared: CAPABILITIES_DECLARED_V1_SCHEMA,
  StatusWordsDeclared: STATUS_WORDS_DECLARED_V1_SCHEMA,
  CertificationGranted: CERTIFICATION_GRANTED_V1_SCHEMA,
  CertificationRenewed: CERTIFICATION_RENEWED_V1_SCHEMA,
  CertificationRevoked: CERTIFICATION_REVOKED_V1_SCHEMA,
  JoinedConsortium: JOINED_CONSORTIUM_V1_SCHEMA,
  LeftConsortium: LEFT_CONSORTIUM_V1_SCHEMA,
  CredentialIssued: CREDENTIAL_ISSUED_V1_SCHEMA,
  CredentialRevoked: CREDENTIAL_REVOKED_V1_SCHEMA,
  IntegratorAccessGranted: INTEGRATOR_ACCESS_GRANTED_V1_SCHEMA,
  IntegratorAccessRevoked: INTEGRATOR_ACCESS_REVOKED_V1_SCHEMA,
  PhoneLinkIssued: PHONE_LINK_ISSUED_V1_SCHEMA,
  PhoneLinkRevoked: PHONE_LINK_REVOKED_V1_SCHEMA,
} as const;

/** The schema version written with each new network event (the envelope's `schemaVersion`). */
export const NETWORK_EVENT_SCHEMA_VERSIONS = {
  CompanyRegistered: COMPANY_REGISTERED_SCHEMA_VERSION,
  CapabilitiesDeclared: CAPABILITIES_DECLARED_SCHEMA_VERSION,
  StatusWordsDeclared: STATUS_WORDS_DECLARED_SCHEMA_VERSION,
  CertificationGranted: CERTIFICATION_GRANTED_SCHEMA_VERSION,
  CertificationRenewed: CERTIFICATION_RENEWED_SCHEMA_VERSION,
  CertificationRevoked: CERTIFICATION_REVOKED_SCHEMA_VERSION,
  JoinedConsortium: JOINED_CONSORTIUM_SCHEMA_VERSION,
  LeftConsortium: LEFT_CONSORTIUM_SCHEMA_VERSION,
  CredentialIssued: CREDENTIAL_ISSUED_SCHEMA_VERSION,
  CredentialRevoked: CREDENTIAL_REVOKED_SCHEMA_VERSION,
  IntegratorAccessGranted: INTEGRATOR_ACCESS_GRANTED_SCHEMA_VERSION,
  IntegratorAccessRevoked: INTEGRATOR_ACCESS_REVOKED_SCHEMA_VERSION,
  PhoneLinkIssued: PHONE_LINK_ISSUED_SCHEMA_VERSION,
  PhoneLinkRevoked: PHONE_LINK_REVOKED_SCHEMA_VERSION,
} as const satisfies Record<keyof typeof NETWORK_EVENT_SCHEMAS, number>;

export type NetworkEventType = keyof typeof NETWORK_EVENT_SCHEMAS;
