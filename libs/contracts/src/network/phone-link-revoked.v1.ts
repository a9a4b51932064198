import { NETWORK_RECORD_ID_PATTERN, NETWORK_SLUG_PATTERN } from './network-vocabulary';

export const PHONE_LINK_REVOKED_SCHEMA_VERSION = 1;

/** Data of `PhoneLinkRevoked`, schema version 1: the link opens nothing from revokedAt on, whatever its expiry. */
export interface PhoneLinkRevokedV1 {
  readonly companyId: string;
  readonly linkId: string;
  readonly revokedBy: string;
  readonly revokedAt: string;
}

export const PHONE_LINK_REVOKED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/PhoneLinkRevoked/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'PhoneLinkRevoked v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'linkId', 'revokedBy', 'revokedAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    linkId: { type: 'string', pattern: NETWORK_RECORD_ID_PATTERN },
    revokedBy: { type: 'string', minLength: 1 },
    revokedAt: { type: 'string', format: 'date-time' },
  },
} as const;
