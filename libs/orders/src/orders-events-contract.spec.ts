import { ORDERS_EVENT_SCHEMAS, type OrdersEventDataV1, type OrdersEventType } from '@renkei/contracts';
import { eventsRecordedBy } from '@renkei/testing';
import { customerOrderDecider, type CustomerOrder } from './customer-order/customer-order';
import type { CustomerOrderCommand } from './customer-order/customer-order-messages';
import type { OrdersEvent } from './orders-event';
import { purchaseOrderDecider } from './purchase-order/purchase-order';
import type { PurchaseOrderCommand } from './purchase-order/purchase-order-commands';
import { by, command, LEAD, LINES, SUPPLIER } from './purchase-order/purchase-order.fixtures';
import type { PurchaseOrder } from './purchase-order/purchase-order-state';

// Type-level contract: the domain's events are exactly the published ones, with exactly their data types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type DataOf<Type extends OrdersEventType> = Extract<OrdersEvent, { type: Type }>['data'];
const sameTypes: Same<OrdersEvent['type'], OrdersEventType> = true;
const sameData: { [Type in OrdersEventType]: Same<DataOf<Type>, OrdersEventDataV1[Type]> } = {
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

const run = <Command, State>(decider: { initialState: State; decide(c: Command, s: State): OrdersEvent[]; evolve(s: State, e: OrdersEvent): State }, commands: Command[]) =>
  eventsRecordedBy(decider, commands);

const issue = (orderId: string): PurchaseOrderCommand => ({
  type: 'IssuePurchaseOrder',
  data: { orderId, customerOrderId: 'CO-1', parent: null, supplierId: SUPPLIER, lines: LINES },
  metadata: { ...by(LEAD), lookups: { parentOrder: null } },
});

const lifecycle: OrdersEvent[] = [
  ...run<CustomerOrderCommand, CustomerOrder>(customerOrderDecider, [
    {
      type: 'PlaceCustomerOrder',
      data: { orderId: 'CO-1', customerName: 'Tokai Robotics', customerRef: 'TR-1', bomProductId: 'GB-3', bomRevision: 1, lines: [{ lineNo: 1, partNumber: 'GB-3', bomNodeId: 'root', quantity: 10, dueDate: '2026-12-20' }] },
      metadata: by(LEAD),
    },
    { type: 'CloseCustomerOrder', data: { orderId: 'CO-1' }, metadata: by(LEAD) },
  ]),
  ...run<PurchaseOrderCommand, PurchaseOrder>(purchaseOrderDecider, [
    issue('PO-1'),
    command('AcceptOrderWithChanges', SUPPLIER, { changes: [{ lineNo: 1, quantity: null, dueDate: '2026-12-08' }] }),
    command('RejectProposedChanges', LEAD, { reason: 'the date is fixed' }),
    command('AcceptOrderWithChanges', SUPPLIER, { changes: [{ lineNo: 2, quantity: 40, dueDate: null }] }),
    command('AcceptProposedChanges', LEAD, {}),
    command('RequestChange', LEAD, { changeId: 'CR-1', changes: [{ lineNo: 1, quantity: 90, dueDate: null }], reason: 'lot cut' }),
    command('RejectChange', SUPPLIER, { changeId: 'CR-1', reason: 'material bought' }),
    command('RequestChange', SUPPLIER, { changeId: 'CR-2', changes: [{ lineNo: 1, quantity: null, dueDate: '2026-12-03' }], reason: 'furnace down' }),
    command('AcceptChange', LEAD, { changeId: 'CR-2' }),
    command('NotifyShipment', SUPPLIER, { shipmentId: 'SH-1', lines: [{ lineNo: 1, quantity: 100 }, { lineNo: 2, quantity: 40 }], shippedAt: new Date('2026-11-20T08:00:00Z') }),
    command('ConfirmReceipt', LEAD, { shipmentId: 'SH-1', lines: [{ lineNo: 1, receivedQuantity: 100, rejectedQuantity: 0 }, { lineNo: 2, receivedQuantity: 40, rejectedQuantity: 0 }] }),
  ]),
  ...run<PurchaseOrderCommand, PurchaseOrder>(purchaseOrderDecider, [issue('PO-2'), command('RejectOrder', SUPPLIER, { reason: 'no capacity' }, 'PO-2')]),
  ...run<PurchaseOrderCommand, PurchaseOrder>(purchaseOrderDecider, [
    issue('PO-3'),
    command('AcceptOrder', SUPPLIER, {}, 'PO-3'),
    command('CancelOrder', LEAD, { reason: 'customer cancelled' }, 'PO-3'),
  ]),
];

describe('orders events against their published schemas', () => {
  it('match the contract types (checked by the compiler)', () => {
    expect(sameTypes).toBe(true);
    expect(Object.values(sameData).every(Boolean)).toBe(true);
  });

  it('every event type a full lifecycle records validates against its v1 schema', () => {
    expect(new Set(lifecycle.map((event) => event.type))).toEqual(new Set(Object.keys(ORDERS_EVENT_SCHEMAS)));
    for (const event of lifecycle) {
      expect({ type: event.type, problems: validate(ORDERS_EVENT_SCHEMAS[event.type], event.data, '') }).toEqual({ type: event.type, problems: [] });
    }
  });

  it('the validator used here does catch a field the schema does not know', () => {
    expect(validate(ORDERS_EVENT_SCHEMAS.OrderAccepted, { orderId: 'PO-1', acceptedBy: SUPPLIER, acceptedAt: 'yesterday', extra: 1 }, '')).toEqual(['acceptedAt: format', ': extra not allowed']);
  });
});

/** The part of JSON Schema 2020-12 the orders schemas use; enough to prove events and schemas agree. */
function validate(schema: unknown, value: unknown, path: string): string[] {
  const rule = schema as Record<string, unknown>;
  const problems: string[] = [];
  if (rule['anyOf']) return (rule['anyOf'] as unknown[]).some((option) => validate(option, value, path).length === 0) ? [] : [`${path}: anyOf`];
  if (rule['not'] && validate(rule['not'], value, path).length === 0) problems.push(`${path}: not`);
  const type = rule['type'];
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (type !== undefined && type !== kind && !(type === 'number' && kind === 'integer')) return [...problems, `${path}: type ${String(type)}`];
  if (typeof value === 'string') {
    if (typeof rule['pattern'] === 'string' && !new RegExp(rule['pattern']).test(value)) problems.push(`${path}: pattern`);
    if (typeof rule['minLength'] === 'number' && value.length < rule['minLength']) problems.push(`${path}: minLength`);
    if (typeof rule['maxLength'] === 'number' && value.length > rule['maxLength']) problems.push(`${path}: maxLength`);
    if (rule['format'] === 'date-time' && (!/T/.test(value) || Number.isNaN(Date.parse(value)))) problems.push(`${path}: format`);
  }
  if (typeof value === 'number') {
    if (typeof rule['minimum'] === 'number' && value < rule['minimum']) problems.push(`${path}: minimum`);
    if (typeof rule['maximum'] === 'number' && value > rule['maximum']) problems.push(`${path}: maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof rule['minItems'] === 'number' && value.length < rule['minItems']) problems.push(`${path}: minItems`);
    value.forEach((item, index) => problems.push(...validate(rule['items'], item, `${path}[${index}]`)));
  }
  if (kind === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (rule['properties'] ?? {}) as Record<string, unknown>;
    for (const name of (rule['required'] ?? []) as string[]) if (!(name in record)) problems.push(`${path}: ${name} missing`);
    for (const [name, field] of Object.entries(record)) {
      if (name in properties) problems.push(...validate(properties[name], field, path ? `${path}.${name}` : name));
      else if (rule['additionalProperties'] === false) problems.push(`${path}: ${name} not allowed`);
    }
  }
  return problems;
}
