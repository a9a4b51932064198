import { BOM_NODE_V1_SUBSCHEMA, type BomNodeV1 } from './bom-node.v1';
import { BOM_DIFF_FIELDS, BOM_ID_PATTERN, type BomDiffField } from './bom-vocabulary';

export const BOM_REVISION_PUBLISHED_SCHEMA_VERSION = 1;

/** What changed between two revisions, by node id; revision 1 lists every node as added. */
export interface BomDiffV1 {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly { readonly nodeId: string; readonly fields: readonly BomDiffField[] }[];
}

/** Data of `BomRevisionPublished`, schema version 1: the owner published the full node list of a new revision. */
export interface BomRevisionPublishedV1 {
  readonly productId: string;
  readonly revision: number;
  readonly nodes: readonly BomNodeV1[];
  readonly diff: BomDiffV1;
  /** Company id of the lead that published it; the first publisher owns the product's BOM. */
  readonly publishedBy: string;
  readonly publishedAt: string;
}

export const BOM_REVISION_PUBLISHED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/bom-exchange/BomRevisionPublished/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'BomRevisionPublished v1',
  type: 'object',
  additionalProperties: false,
  required: ['productId', 'revision', 'nodes', 'diff', 'publishedBy', 'publishedAt'],
  properties: {
    productId: { type: 'string', pattern: BOM_ID_PATTERN },
    revision: { type: 'integer', minimum: 1 },
    nodes: { type: 'array', minItems: 1, items: BOM_NODE_V1_SUBSCHEMA },
    diff: {
      type: 'object',
      additionalProperties: false,
      required: ['added', 'removed', 'changed'],
      properties: {
        added: { type: 'array', items: { type: 'string' } },
        removed: { type: 'array', items: { type: 'string' } },
        changed: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['nodeId', 'fields'],
            properties: {
              nodeId: { type: 'string' },
              fields: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...BOM_DIFF_FIELDS] } },
            },
          },
        },
      },
    },
    publishedBy: { type: 'string', minLength: 1 },
    publishedAt: { type: 'string', format: 'date-time' },
  },
} as const;
