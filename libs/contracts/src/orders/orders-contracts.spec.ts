import { ORDERS_EVENT_SCHEMAS, type OrdersEventDataV1, type OrdersEventType } from './index';

// Type-level contract: for every event, the interface's fields, the schema's `required` list and its
// `properties` are the same set, so a field added to one and forgotten in the other fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Schema<K extends OrdersEventType> = (typeof ORDERS_EVENT_SCHEMAS)[K];
type FieldsMatch<K extends OrdersEventType> = Same<keyof OrdersEventDataV1[K], Schema<K>['required'][number]> extends true
  ? Same<keyof OrdersEventDataV1[K], keyof Schema<K>['properties']>
  : false;
const fieldsMatch: { [K in OrdersEventType]: FieldsMatch<K> } = {
  CustomerOrderPlaced: true,
  CustomerOrderClosed: true,
  PurchaseOrderIssued: true,
  OrderAccepted: true,
  OrderRejected: true,
  OrderAcceptedWithChanges: true,
  ProposedChangesAccepted: true,
  ProposedChangesRejected: true,
  ChangeRequested: true,
  ChangeAccepted: true,
  ChangeRejected: true,
  OrderCancelled: true,
  ShipmentNotified: true,
  GoodsReceived: true,
  PurchaseOrderClosed: true,
};
// Every data type has a schema and every schema a data type.
const sameEventTypes: Same<keyof OrdersEventDataV1, OrdersEventType> = true;

describe('orders contracts', () => {
  it('declares every schema as a closed draft 2020-12 object with a versioned $id named after its event', () => {
    expect(sameEventTypes).toBe(true);
    for (const [type, schema] of Object.entries(ORDERS_EVENT_SCHEMAS)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://renkei.example/schemas/orders/${type}/v1.json`);
      expect(schema.additionalProperties).toBe(false);
      expect([...schema.required].sort()).toEqual(Object.keys(schema.properties).sort());
      expect(fieldsMatch[type as OrdersEventType]).toBe(true);
    }
  });
});
