import { NETWORK_INTEGRATOR_SCOPES, NETWORK_SLUG_PATTERN, type NetworkIntegratorScope } from './network-vocabulary';

export const INTEGRATOR_ACCESS_GRANTED_SCHEMA_VERSION = 1;

/**
 * Data of `IntegratorAccessGranted`, schema version 1: from grantedAt on, the integrator reads
 * what the company itself sees in these scopes, without prices. It replaces any earlier grant
 * of the company to the same integrator.
 */
export interface IntegratorAccessGrantedV1 {
  /** The granting company: the data is its own. */
  readonly companyId: string;
  readonly integratorId: string;
  /** Non-empty, each scope once, in the vocabulary's order. */
  readonly scopes: readonly NetworkIntegratorScope[];
  readonly grantedBy: string;
  readonly grantedAt: string;
}

export const INTEGRATOR_ACCESS_GRANTED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/IntegratorAccessGranted/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'IntegratorAccessGranted v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'integratorId', 'scopes', 'grantedBy', 'grantedAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    integratorId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    scopes: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...NETWORK_INTEGRATOR_SCOPES] } },
    grantedBy: { type: 'string', minLength: 1 },
    grantedAt: { type: 'string', format: 'date-time' },
  },
} as const;
