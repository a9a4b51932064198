import {
  ORDER_COMPANY_ID_V1_SCHEMA,
  ORDER_ID_V1_SCHEMA,
  ORDER_PARENT_LINE_V1_SCHEMA,
  ORDER_TIMESTAMP_V1_SCHEMA,
  PURCHASE_ORDER_LINE_V1_SCHEMA,
  type OrderParentLineV1,
  type PurchaseOrderLineV1,
} from './order-lines.v1';

export const PURCHASE_ORDER_ISSUED_SCHEMA_VERSION = 1;

/** Data of `PurchaseOrderIssued`, schema version 1: a buyer (lead, or workshop at any tier) ordered from a supplier. */
export interface PurchaseOrderIssuedV1 {
  readonly orderId: string;
  /** The lead's end-to-end order this purchase order ultimately serves. */
  readonly customerOrderId: string;
  /** The purchase order line the buyer itself supplies; null when a lead orders directly. */
  readonly parent: OrderParentLineV1 | null;
  readonly buyerId: string;
  readonly supplierId: string;
  /** 1 for a lead's own purchase order, parent's tier + 1 below it. */
  readonly tier: number;
  readonly lines: readonly PurchaseOrderLineV1[];
  readonly issuedAt: string;
}

export const PURCHASE_ORDER_ISSUED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/PurchaseOrderIssued/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'PurchaseOrderIssued v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'customerOrderId', 'parent', 'buyerId', 'supplierId', 'tier', 'lines', 'issuedAt'],
  properties: {
    orderId: ORDER_ID_V1_SCHEMA,
    customerOrderId: ORDER_ID_V1_SCHEMA,
    parent: { anyOf: [ORDER_PARENT_LINE_V1_SCHEMA, { type: 'null' }] },
    buyerId: ORDER_COMPANY_ID_V1_SCHEMA,
    supplierId: ORDER_COMPANY_ID_V1_SCHEMA,
    tier: { type: 'integer', minimum: 1 },
    lines: { type: 'array', minItems: 1, items: PURCHASE_ORDER_LINE_V1_SCHEMA },
    issuedAt: ORDER_TIMESTAMP_V1_SCHEMA,
  },
} as const;
