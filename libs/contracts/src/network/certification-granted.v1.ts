import {
  NETWORK_CERTIFICATION_KINDS,
  NETWORK_PROCESSES,
  NETWORK_RECORD_ID_PATTERN,
  NETWORK_SLUG_PATTERN,
  type NetworkCertificationKind,
  type NetworkProcess,
} from './network-vocabulary';

export const CERTIFICATION_GRANTED_SCHEMA_VERSION = 1;

/** Data of `CertificationGranted`, schema version 1: valid from the grant (validFrom) until validUntil, exclusive. */
export interface CertificationGrantedV1 {
  readonly companyId: string;
  readonly certificationId: string;
  readonly kind: NetworkCertificationKind;
  /** e.g. JIS Q 9100. */
  readonly name: string;
  readonly scopeProcess: NetworkProcess;
  /** The moment of the first grant; renewals are capped relative to it. */
  readonly validFrom: string;
  readonly validUntil: string;
  readonly grantedBy: string;
}

export const CERTIFICATION_GRANTED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/CertificationGranted/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'CertificationGranted v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'certificationId', 'kind', 'name', 'scopeProcess', 'validFrom', 'validUntil', 'grantedBy'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    certificationId: { type: 'string', pattern: NETWORK_RECORD_ID_PATTERN },
    kind: { enum: [...NETWORK_CERTIFICATION_KINDS] },
    name: { type: 'string', minLength: 1, maxLength: 120 },
    scopeProcess: { enum: [...NETWORK_PROCESSES] },
    validFrom: { type: 'string', format: 'date-time' },
    validUntil: { type: 'string', format: 'date-time' },
    grantedBy: { type: 'string', minLength: 1 },
  },
} as const;
