import { NETWORK_RECORD_ID_PATTERN, NETWORK_SLUG_PATTERN } from './network-vocabulary';

export const CERTIFICATION_RENEWED_SCHEMA_VERSION = 1;

/**
 * Data of `CertificationRenewed`, schema version 1: a new validity period
 * [validFrom, validUntil). validFrom equals previousValidUntil when renewed
 * before expiry, or the renewal time when renewed after a lapse (the gap stays invalid).
 */
export interface CertificationRenewedV1 {
  readonly companyId: string;
  readonly certificationId: string;
  readonly previousValidUntil: string;
  readonly validFrom: string;
  readonly validUntil: string;
  /** True when the renewal was shortened to the three-year cap from the first grant. */
  readonly capped: boolean;
  readonly renewedBy: string;
  readonly renewedAt: string;
}

export const CERTIFICATION_RENEWED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/CertificationRenewed/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'CertificationRenewed v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'certificationId', 'previousValidUntil', 'validFrom', 'validUntil', 'capped', 'renewedBy', 'renewedAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    certificationId: { type: 'string', pattern: NETWORK_RECORD_ID_PATTERN },
    previousValidUntil: { type: 'string', format: 'date-time' },
    validFrom: { type: 'string', format: 'date-time' },
    validUntil: { type: 'string', format: 'date-time' },
    capped: { type: 'boolean' },
    renewedBy: { type: 'string', minLength: 1 },
    renewedAt: { type: 'string', format: 'date-time' },
  },
} as const;
