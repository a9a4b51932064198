import { BOM_ID_PATTERN } from './bom-vocabulary';

export const BOM_REVISION_ACKNOWLEDGED_SCHEMA_VERSION = 1;

/** Data of `BomRevisionAcknowledged`, schema version 1: a workshop confirmed it works to this revision. */
export interface BomRevisionAcknowledgedV1 {
  readonly productId: string;
  readonly revision: number;
  /** The acknowledging company, taken from the caller's credential, never from the body. */
  readonly workshopId: string;
  readonly acknowledgedAt: string;
}

export const BOM_REVISION_ACKNOWLEDGED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/bom-exchange/BomRevisionAcknowledged/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'BomRevisionAcknowledged v1',
  type: 'object',
  additionalProperties: false,
  required: ['productId', 'revision', 'workshopId', 'acknowledgedAt'],
  properties: {
    productId: { type: 'string', pattern: BOM_ID_PATTERN },
    revision: { type: 'integer', minimum: 1 },
    workshopId: { type: 'string', minLength: 1 },
    acknowledgedAt: { type: 'string', format: 'date-time' },
  },
} as const;
