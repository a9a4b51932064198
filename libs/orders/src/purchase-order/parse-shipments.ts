import type { OrdersCommandMetadata } from '../command-metadata';
import type { ParseResult } from '../parse/field-reader';
import { parseOrderCommand } from '../parse/parse-order-command';
import { readReceiptLines, readShipmentLines } from '../parse/read-lines';
import type { ConfirmReceipt, NotifyShipment } from './purchase-order-commands';

type Target = { readonly orderId: string };

/** `shippedAt` may be omitted (it means now): a workshop on a phone just says what left. */
export function parseNotifyShipment(target: Target, body: unknown, metadata: OrdersCommandMetadata): ParseResult<NotifyShipment> {
  const shape = { what: 'a shipment notice', fields: ['shipmentId', 'lines', 'shippedAt'], example: '{ "shipmentId": "SH-1", "lines": [{ "lineNo": 1, "quantity": 20 }] }' };
  return parseOrderCommand<NotifyShipment>('NotifyShipment', target, body, metadata, shape, (reader, input) => ({
    shipmentId: reader.id(input['shipmentId'], 'shipmentId'),
    lines: readShipmentLines(reader, input['lines']),
    shippedAt: reader.timestamp(input['shippedAt'], 'shippedAt', metadata.now),
  }));
}

export function parseConfirmReceipt(target: Target, body: unknown, metadata: OrdersCommandMetadata): ParseResult<ConfirmReceipt> {
  const shape = { what: 'a goods receipt', fields: ['shipmentId', 'lines'], example: '{ "shipmentId": "SH-1", "lines": [{ "lineNo": 1, "receivedQuantity": 19, "rejectedQuantity": 1 }] }' };
  return parseOrderCommand<ConfirmReceipt>('ConfirmReceipt', target, body, metadata, shape, (reader, input) => ({
    shipmentId: reader.id(input['shipmentId'], 'shipmentId'),
    lines: readReceiptLines(reader, input['lines']),
  }));
}
