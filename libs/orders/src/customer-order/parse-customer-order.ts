import type { OrdersCommandMetadata } from '../command-metadata';
import { FieldReader, type ParseResult } from '../parse/field-reader';
import { readCustomerOrderLines } from '../parse/read-lines';
import type { CloseCustomerOrder, PlaceCustomerOrder } from './customer-order-messages';

const PLACE_FIELDS = ['orderId', 'customerName', 'customerRef', 'bomProductId', 'bomRevision', 'lines'] as const;

/** The order id is chosen by the lead (its own order number), so a retried request cannot place two orders. */
export function parsePlaceCustomerOrder(body: unknown, metadata: OrdersCommandMetadata): ParseResult<PlaceCustomerOrder> {
  const reader = new FieldReader();
  const input = reader.body(body, '{ "orderId": ..., "customerName": ..., "customerRef": ..., "bomProductId": ..., "bomRevision": ..., "lines": [...] }');
  const data = {
    orderId: reader.id(input['orderId'], 'orderId'),
    customerName: reader.text(input['customerName'], 'customerName', 200),
    customerRef: reader.text(input['customerRef'], 'customerRef', 100),
    bomProductId: reader.id(input['bomProductId'], 'bomProductId'),
    bomRevision: reader.positiveInteger(input['bomRevision'], 'bomRevision', 1_000_000),
    lines: readCustomerOrderLines(reader, input['lines']),
  };
  reader.onlyKnown(input, PLACE_FIELDS, '', 'a customer order');
  return reader.result(() => ({ type: 'PlaceCustomerOrder', data, metadata }));
}

export function parseCloseCustomerOrder(target: { readonly orderId: string }, body: unknown, metadata: OrdersCommandMetadata): ParseResult<CloseCustomerOrder> {
  const reader = new FieldReader();
  const orderId = reader.id(target.orderId, 'orderId');
  reader.onlyKnown(reader.body(body, '{}'), [], '', 'closing a customer order (it takes none)');
  return reader.result(() => ({ type: 'CloseCustomerOrder', data: { orderId }, metadata }));
}
