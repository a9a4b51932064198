import { NETWORK_COMPANY_ROLES, NETWORK_RECORD_ID_PATTERN, NETWORK_SHA256_HEX_PATTERN, NETWORK_SLUG_PATTERN, type NetworkCompanyRole } from './network-vocabulary';

export const CREDENTIAL_ISSUED_SCHEMA_VERSION = 1;

/**
 * Data of `CredentialIssued`, schema version 1. It carries only the SHA-256 of
 * a high-entropy secret so the authenticating edge can rebuild its key table from
 * the log; still, this event is for the backbone itself, not for partner feeds.
 */
export interface CredentialIssuedV1 {
  readonly companyId: string;
  readonly credentialId: string;
  /** The one role a caller presenting this credential acts in. */
  readonly role: NetworkCompanyRole;
  readonly secretHash: string;
  /** What the holder calls it, e.g. "shop-floor tablet". */
  readonly label: string;
  readonly issuedBy: string;
  readonly issuedAt: string;
}

export const CREDENTIAL_ISSUED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/CredentialIssued/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'CredentialIssued v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'credentialId', 'role', 'secretHash', 'label', 'issuedBy', 'issuedAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    credentialId: { type: 'string', pattern: NETWORK_RECORD_ID_PATTERN },
    role: { enum: [...NETWORK_COMPANY_ROLES] },
    secretHash: { type: 'string', pattern: NETWORK_SHA256_HEX_PATTERN },
    label: { type: 'string', minLength: 1, maxLength: 100 },
    issuedBy: { type: 'string', minLength: 1 },
    issuedAt: { type: 'string', format: 'date-time' },
  },
} as const;
