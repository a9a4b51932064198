import { BOM_COMPANY_ID_PATTERN, BOM_ID_PATTERN, BOM_MAKE_OR_BUY, BOM_NODE_KINDS, BOM_PROCESS_PATTERN, type BomMakeOrBuy, type BomNodeKind } from './bom-vocabulary';

/** One operation of a node's routing; consecutive operations may be at different companies. */
export interface BomRoutingOperationV1 {
  /** 10, 20, 30, ...: strictly increasing within a routing. */
  readonly opNo: number;
  readonly process: string;
  readonly workshopId: string;
}

/** One node of a multi-level BOM, carried as a flat list: the tree is given by `parentId`. */
export interface BomNodeV1 {
  readonly nodeId: string;
  /** null for the one root (the product itself). */
  readonly parentId: string | null;
  readonly kind: BomNodeKind;
  readonly partNumber: string;
  readonly description: string;
  /** Quantity per one parent; decimals allowed (0.25 m of tube). */
  readonly qtyPer: number;
  readonly makeOrBuy: BomMakeOrBuy;
  readonly routing: readonly BomRoutingOperationV1[];
}

/** Sub-schema of a node, embedded by the events that carry node lists (not a document schema itself). */
export const BOM_NODE_V1_SUBSCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['nodeId', 'parentId', 'kind', 'partNumber', 'description', 'qtyPer', 'makeOrBuy', 'routing'],
  properties: {
    nodeId: { type: 'string', pattern: BOM_ID_PATTERN },
    parentId: { type: ['string', 'null'], pattern: BOM_ID_PATTERN },
    kind: { enum: [...BOM_NODE_KINDS] },
    partNumber: { type: 'string', minLength: 1, maxLength: 64 },
    description: { type: 'string', maxLength: 200 },
    qtyPer: { type: 'number', exclusiveMinimum: 0 },
    makeOrBuy: { enum: [...BOM_MAKE_OR_BUY] },
    routing: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['opNo', 'process', 'workshopId'],
        properties: {
          opNo: { type: 'integer', minimum: 1 },
          process: { type: 'string', pattern: BOM_PROCESS_PATTERN },
          workshopId: { type: 'string', pattern: BOM_COMPANY_ID_PATTERN },
        },
      },
    },
  },
} as const;
