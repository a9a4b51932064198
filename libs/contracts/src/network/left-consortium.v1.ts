import { NETWORK_SLUG_PATTERN } from './network-vocabulary';

export const LEFT_CONSORTIUM_SCHEMA_VERSION = 1;

/** Data of `LeftConsortium`, schema version 1. */
export interface LeftConsortiumV1 {
  readonly companyId: string;
  readonly consortiumId: string;
  readonly leftBy: string;
  readonly leftAt: string;
}

export const LEFT_CONSORTIUM_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/LeftConsortium/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'LeftConsortium v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'consortiumId', 'leftBy', 'leftAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    consortiumId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    leftBy: { type: 'string', minLength: 1 },
    leftAt: { type: 'string', format: 'date-time' },
  },
} as const;
