import type { OrderParentLineV1 } from '@renkei/contracts';
import { FieldReader, type ParseResult } from '../parse/field-reader';
import { readPurchaseOrderLines } from '../parse/read-lines';
import type { IssuePurchaseOrder } from './purchase-order-commands';

const FIELDS = ['orderId', 'supplierId', 'customerOrderId', 'parent', 'lines'] as const;

/** The buyer is the caller; the parent order's lookup is the service's job and arrives on the metadata. */
export function parseIssuePurchaseOrder(body: unknown, metadata: IssuePurchaseOrder['metadata']): ParseResult<IssuePurchaseOrder> {
  const reader = new FieldReader();
  const input = reader.body(body, '{ "orderId": ..., "supplierId": ..., "customerOrderId": ..., "parent": null, "lines": [...] }');
  const data = {
    orderId: reader.id(input['orderId'], 'orderId'),
    supplierId: reader.companyId(input['supplierId'], 'supplierId'),
    customerOrderId: reader.id(input['customerOrderId'], 'customerOrderId'),
    parent: readParent(reader, input['parent']),
    lines: readPurchaseOrderLines(reader, input['lines']),
  };
  reader.onlyKnown(input, FIELDS, '', 'a purchase order');
  return reader.result(() => ({ type: 'IssuePurchaseOrder', data, metadata }));
}

/** Required, but may be null: a workshop must say which line it orders for, a lead ordering directly says null. */
function readParent(reader: FieldReader, value: unknown): OrderParentLineV1 | null {
  const example = '{ "orderId": "PO-7", "lineNo": 2 } (the line you supply), or null when a lead orders directly';
  if (value === null) return null;
  if (value === undefined) {
    reader.fail('parent', 'is required', example);
    return null;
  }
  const input = reader.object(value, 'parent', example);
  if (input === null) return null;
  reader.onlyKnown(input, ['orderId', 'lineNo'], 'parent.', 'a parent order line');
  return { orderId: reader.id(input['orderId'], 'parent.orderId'), lineNo: reader.positiveInteger(input['lineNo'], 'parent.lineNo') };
}
