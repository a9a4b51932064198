import { NETWORK_RECORD_ID_PATTERN, NETWORK_SLUG_PATTERN } from './network-vocabulary';

export const CERTIFICATION_REVOKED_SCHEMA_VERSION = 1;

/** Data of `CertificationRevoked`, schema version 1: not valid from revokedAt on. */
export interface CertificationRevokedV1 {
  readonly companyId: string;
  readonly certificationId: string;
  readonly revokedBy: string;
  readonly revokedAt: string;
}

export const CERTIFICATION_REVOKED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/CertificationRevoked/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'CertificationRevoked v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'certificationId', 'revokedBy', 'revokedAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    certificationId: { type: 'string', pattern: NETWORK_RECORD_ID_PATTERN },
    revokedBy: { type: 'string', minLength: 1 },
    revokedAt: { type: 'string', format: 'date-time' },
  },
} as const;
