import { NETWORK_RECORD_ID_PATTERN, NETWORK_SLUG_PATTERN } from './network-vocabulary';

export const CREDENTIAL_REVOKED_SCHEMA_VERSION = 1;

/** Data of `CredentialRevoked`, schema version 1: the credential authenticates no one from revokedAt on. */
export interface CredentialRevokedV1 {
  readonly companyId: string;
  readonly credentialId: string;
  readonly revokedBy: string;
  readonly revokedAt: string;
}

export const CREDENTIAL_REVOKED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/CredentialRevoked/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'CredentialRevoked v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'credentialId', 'revokedBy', 'revokedAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    credentialId: { type: 'string', pattern: NETWORK_RECORD_ID_PATTERN },
    revokedBy: { type: 'string', minLength: 1 },
    revokedAt: { type: 'string', format: 'date-time' },
  },
} as const;
