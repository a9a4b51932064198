import { NETWORK_SLUG_PATTERN } from './network-vocabulary';

export const JOINED_CONSORTIUM_SCHEMA_VERSION = 1;

/** Data of `JoinedConsortium`, schema version 1. */
export interface JoinedConsortiumV1 {
  readonly companyId: string;
  readonly consortiumId: string;
  readonly joinedBy: string;
  readonly joinedAt: string;
}

export const JOINED_CONSORTIUM_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/JoinedConsortium/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'JoinedConsortium v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'consortiumId', 'joinedBy', 'joinedAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    consortiumId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    joinedBy: { type: 'string', minLength: 1 },
    joinedAt: { type: 'string', format: 'date-time' },
  },
} as const;
