import { ORDER_CURRENCY_PATTERN, ORDER_DECIMAL_PATTERN, type CustomerOrderLineV1, type OrderLineChangeV1, type OrderMoneyV1, type OrderReceiptLineV1, type OrderShipmentLineV1, type PurchaseOrderLineV1 } from '@renkei/contracts';
import type { FieldReader } from './field-reader';

const DECIMAL = new RegExp(ORDER_DECIMAL_PATTERN);
const CURRENCY = new RegExp(ORDER_CURRENCY_PATTERN);

const CUSTOMER_LINE_FIELDS = ['lineNo', 'partNumber', 'bomNodeId', 'quantity', 'dueDate'] as const;
/** Stands in for a line that was not an object; never reaches a command (the parse has already failed). */
const PLACEHOLDER_LINE: CustomerOrderLineV1 = { lineNo: 0, partNumber: '', bomNodeId: '', quantity: 0, dueDate: '' };
const EXAMPLE_LINE = '[{ "lineNo": 1, "partNumber": "BRK-100", "bomNodeId": "n-12", "quantity": 40, "dueDate": "2026-12-01" }]';

export function readCustomerOrderLines(reader: FieldReader, value: unknown, field = 'lines'): CustomerOrderLineV1[] {
  const lines = reader.list(value, field, EXAMPLE_LINE).map((item, index) => {
    const at = `${field}[${index}]`;
    const input = reader.object(item, at, EXAMPLE_LINE);
    if (input === null) return PLACEHOLDER_LINE;
    reader.onlyKnown(input, CUSTOMER_LINE_FIELDS, `${at}.`, 'an order line');
    return readLine(reader, input, at);
  });
  reader.uniqueLineNos(lines, field);
  return lines;
}

export function readPurchaseOrderLines(reader: FieldReader, value: unknown, field = 'lines'): PurchaseOrderLineV1[] {
  const lines = reader.list(value, field, EXAMPLE_LINE).map((item, index) => {
    const at = `${field}[${index}]`;
    const input = reader.object(item, at, EXAMPLE_LINE);
    if (input === null) return { ...PLACEHOLDER_LINE, unitPrice: null };
    reader.onlyKnown(input, [...CUSTOMER_LINE_FIELDS, 'unitPrice'], `${at}.`, 'a purchase order line');
    return { ...readLine(reader, input, at), unitPrice: readMoney(reader, input['unitPrice'] ?? null, `${at}.unitPrice`) };
  });
  reader.uniqueLineNos(lines, field);
  return lines;
}

/** A change names a line and a new quantity, a new due date, or both; omitted means unchanged. */
export function readLineChanges(reader: FieldReader, value: unknown, field = 'changes'): OrderLineChangeV1[] {
  const example = '[{ "lineNo": 1, "quantity": 30, "dueDate": "2026-12-08" }]';
  const changes = reader.list(value, field, example).map((item, index) => {
    const at = `${field}[${index}]`;
    const input = reader.object(item, at, example);
    if (input === null) return { lineNo: 0, quantity: null, dueDate: null };
    reader.onlyKnown(input, ['lineNo', 'quantity', 'dueDate'], `${at}.`, 'a line change');
    const quantity = input['quantity'] ?? null;
    const dueDate = input['dueDate'] ?? null;
    if (quantity === null && dueDate === null) reader.fail(at, 'must change the quantity, the due date or both', '{ "lineNo": 1, "quantity": 30 }');
    return {
      lineNo: reader.positiveInteger(input['lineNo'], `${at}.lineNo`),
      quantity: quantity === null ? null : reader.positiveInteger(quantity, `${at}.quantity`),
      dueDate: dueDate === null ? null : reader.date(dueDate, `${at}.dueDate`),
    };
  });
  reader.uniqueLineNos(changes, field);
  return changes;
}

export function readShipmentLines(reader: FieldReader, value: unknown, field = 'lines'): OrderShipmentLineV1[] {
  const example = '[{ "lineNo": 1, "quantity": 20 }]';
  const lines = reader.list(value, field, example).map((item, index) => {
    const at = `${field}[${index}]`;
    const input = reader.object(item, at, example);
    if (input === null) return { lineNo: 0, quantity: 0 };
    reader.onlyKnown(input, ['lineNo', 'quantity'], `${at}.`, 'a shipment line');
    return { lineNo: reader.positiveInteger(input['lineNo'], `${at}.lineNo`), quantity: reader.positiveInteger(input['quantity'], `${at}.quantity`) };
  });
  reader.uniqueLineNos(lines, field);
  return lines;
}

export function readReceiptLines(reader: FieldReader, value: unknown, field = 'lines'): OrderReceiptLineV1[] {
  const example = '[{ "lineNo": 1, "receivedQuantity": 19, "rejectedQuantity": 1 }]';
  const lines = reader.list(value, field, example).map((item, index) => {
    const at = `${field}[${index}]`;
    const input = reader.object(item, at, example);
    if (input === null) return { lineNo: 0, receivedQuantity: 0, rejectedQuantity: 0 };
    reader.onlyKnown(input, ['lineNo', 'receivedQuantity', 'rejectedQuantity'], `${at}.`, 'a receipt line');
    return {
      lineNo: reader.positiveInteger(input['lineNo'], `${at}.lineNo`),
      receivedQuantity: reader.count(input['receivedQuantity'], `${at}.receivedQuantity`, 'pieces accepted into stock, 0 or more'),
      rejectedQuantity: reader.count(input['rejectedQuantity'] ?? 0, `${at}.rejectedQuantity`, 'pieces refused, 0 or more; omitted means 0'),
    };
  });
  reader.uniqueLineNos(lines, field);
  return lines;
}

function readLine(reader: FieldReader, input: Record<string, unknown>, at: string): CustomerOrderLineV1 {
  return {
    lineNo: reader.positiveInteger(input['lineNo'], `${at}.lineNo`),
    partNumber: reader.text(input['partNumber'], `${at}.partNumber`, 64),
    bomNodeId: reader.id(input['bomNodeId'], `${at}.bomNodeId`),
    quantity: reader.positiveInteger(input['quantity'], `${at}.quantity`),
    dueDate: reader.date(input['dueDate'], `${at}.dueDate`),
  };
}

function readMoney(reader: FieldReader, value: unknown, field: string): OrderMoneyV1 | null {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    reader.fail(field, 'must be a price or null', '{ "amount": "1250.50", "currency": "JPY" }, or null');
    return null;
  }
  const input = value as Record<string, unknown>;
  reader.onlyKnown(input, ['amount', 'currency'], `${field}.`, 'a price');
  const amount = input['amount'];
  const currency = input['currency'];
  if (typeof amount !== 'string' || !DECIMAL.test(amount)) reader.fail(`${field}.amount`, 'must be a decimal string', 'e.g. "1250.50": up to 15 digits, 6 decimals');
  if (typeof currency !== 'string' || !CURRENCY.test(currency)) reader.fail(`${field}.currency`, 'must be an ISO 4217 currency code', 'e.g. JPY, EUR, USD');
  return { amount: String(amount), currency: String(currency) };
}
