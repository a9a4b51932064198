import { BOM_ID_PATTERN } from './bom-vocabulary';

export const ENGINEERING_CHANGE_NOTIFIED_SCHEMA_VERSION = 1;

/** Data of `EngineeringChangeNotified`, schema version 1: which workshops a new revision touches, and through which nodes. */
export interface EngineeringChangeNotifiedV1 {
  readonly productId: string;
  readonly fromRevision: number;
  readonly toRevision: number;
  /** Sorted by workshop id; may be empty when the change touches no workshop's work. */
  readonly affected: readonly { readonly workshopId: string; readonly nodeIds: readonly string[] }[];
}

export const ENGINEERING_CHANGE_NOTIFIED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/bom-exchange/EngineeringChangeNotified/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'EngineeringChangeNotified v1',
  type: 'object',
  additionalProperties: false,
  required: ['productId', 'fromRevision', 'toRevision', 'affected'],
  properties: {
    productId: { type: 'string', pattern: BOM_ID_PATTERN },
    fromRevision: { type: 'integer', minimum: 1 },
    toRevision: { type: 'integer', minimum: 2 },
    affected: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['workshopId', 'nodeIds'],
        properties: {
          workshopId: { type: 'string', minLength: 1 },
          nodeIds: { type: 'array', minItems: 1, items: { type: 'string' } },
        },
      },
    },
  },
} as const;
