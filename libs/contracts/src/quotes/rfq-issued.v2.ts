import { RFQ_ISSUED_V1_SCHEMA, type RfqIssuedV1 } from './rfq-issued.v1';
import { QUOTES_ID_PATTERN } from './quotes-vocabulary';

export const RFQ_ISSUED_SCHEMA_VERSION = 2;

/**
 * Data of `RfqIssued`, schema version 2: v1 plus the customer order the RFQ buys for.
 * An award of an RFQ with a customer order becomes purchase orders (a process manager
 * issues them); an RFQ outside a customer order (null) awards prices only.
 */
export interface RfqIssuedV2 extends RfqIssuedV1 {
  readonly customerOrderId: string | null;
}

export const RFQ_ISSUED_V2_SCHEMA = {
  ...RFQ_ISSUED_V1_SCHEMA,
  $id: 'https://renkei.example/schemas/quotes/RfqIssued/v2.json',
  title: 'RfqIssued v2',
  required: [...RFQ_ISSUED_V1_SCHEMA.required, 'customerOrderId'],
  properties: {
    ...RFQ_ISSUED_V1_SCHEMA.properties,
    customerOrderId: { type: ['string', 'null'], pattern: QUOTES_ID_PATTERN },
  },
} as const;

/** Every schema version of `RfqIssued` ever written, for readers that validate history. */
export const RFQ_ISSUED_SCHEMAS = { 1: RFQ_ISSUED_V1_SCHEMA, 2: RFQ_ISSUED_V2_SCHEMA } as const;

/**
 * Reads a stored `RfqIssued` of any version as the current one (v2). History is never migrated:
 * a v1 RFQ was issued before RFQs could name a customer order, so it reads as naming none.
 * Safe to apply twice (a v2 field already present is kept).
 */
export function upcastRfqIssued(data: RfqIssuedV1 | RfqIssuedV2, schemaVersion: number): RfqIssuedV2 {
  switch (schemaVersion) {
    case 1:
    case 2:
      return { ...data, customerOrderId: 'customerOrderId' in data ? data.customerOrderId : null };
    default:
      throw new RangeError(`RfqIssued schema version ${schemaVersion} is unknown: this reader knows versions 1 and 2`);
  }
}
