import { NETWORK_SLUG_PATTERN } from './network-vocabulary';

export const INTEGRATOR_ACCESS_REVOKED_SCHEMA_VERSION = 1;

/** Data of `IntegratorAccessRevoked`, schema version 1: from revokedAt on, the integrator reads nothing of the company's. */
export interface IntegratorAccessRevokedV1 {
  readonly companyId: string;
  readonly integratorId: string;
  readonly revokedBy: string;
  readonly revokedAt: string;
}

export const INTEGRATOR_ACCESS_REVOKED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/IntegratorAccessRevoked/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'IntegratorAccessRevoked v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'integratorId', 'revokedBy', 'revokedAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    integratorId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    revokedBy: { type: 'string', minLength: 1 },
    revokedAt: { type: 'string', format: 'date-time' },
  },
} as const;
