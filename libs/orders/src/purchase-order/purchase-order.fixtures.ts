// Builders shared by the purchase order specs: one buyer (a lead), one supplier, one sub-supplier, one outsider.
import type { OrderLineChangeV1, OrderReceiptLineV1, OrderShipmentLineV1, PurchaseOrderIssuedV1, PurchaseOrderLineV1 } from '@renkei/contracts';
import type { OrdersActorRole, OrdersCommandMetadata } from '../command-metadata';
import type { OrdersEvent } from '../orders-event';
import { evolvePurchaseOrder } from './evolve-purchase-order';
import { decidePurchaseOrder } from './purchase-order';
import type { PurchaseOrderCommand } from './purchase-order-commands';
import type { ChangeRequested, GoodsReceived, OrderAccepted, PurchaseOrderIssued, ShipmentNotified } from './purchase-order-events';
import { initialPurchaseOrder, type PurchaseOrder } from './purchase-order-state';

export const NOW = new Date('2026-11-20T10:00:00Z');
export const AT = NOW.toISOString();
export const LEAD = 'kanto-lead';
export const SUPPLIER = 'okada-seiki';
export const SUB_SUPPLIER = 'mori-plating';
export const STRANGER = 'sato-kikai';

export function by(companyId: string, role: OrdersActorRole = companyId === LEAD ? 'lead' : 'workshop'): OrdersCommandMetadata {
  return { actor: { companyId, role }, now: NOW };
}

export const LINES: readonly PurchaseOrderLineV1[] = [
  { lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'n-12', quantity: 100, dueDate: '2026-12-01', unitPrice: { amount: '1250.50', currency: 'JPY' } },
  { lineNo: 2, partNumber: 'PIN-7', bomNodeId: 'n-13', quantity: 50, dueDate: '2026-12-05', unitPrice: null },
];

export function issued(overrides: Partial<PurchaseOrderIssuedV1> = {}): PurchaseOrderIssued {
  return {
    type: 'PurchaseOrderIssued',
    data: { orderId: 'PO-1', customerOrderId: 'CO-1', parent: null, buyerId: LEAD, supplierId: SUPPLIER, tier: 1, lines: LINES, issuedAt: '2026-11-19T09:00:00.000Z', ...overrides },
  };
}

export function accepted(): OrderAccepted {
  return { type: 'OrderAccepted', data: { orderId: 'PO-1', acceptedBy: SUPPLIER, acceptedAt: '2026-11-19T10:00:00.000Z' } };
}

export function shipped(shipmentId: string, lines: readonly OrderShipmentLineV1[]): ShipmentNotified {
  return { type: 'ShipmentNotified', data: { orderId: 'PO-1', shipmentId, shippedBy: SUPPLIER, lines, shippedAt: '2026-11-19T15:00:00.000Z', notifiedAt: '2026-11-19T15:01:00.000Z' } };
}

export function received(shipmentId: string, lines: readonly OrderReceiptLineV1[]): GoodsReceived {
  return { type: 'GoodsReceived', data: { orderId: 'PO-1', shipmentId, receivedBy: LEAD, lines, receivedAt: '2026-11-20T08:00:00.000Z' } };
}

export function changeRequested(changeId: string, requestedBy: string, changes: readonly OrderLineChangeV1[]): ChangeRequested {
  return { type: 'ChangeRequested', data: { orderId: 'PO-1', changeId, requestedBy, changes, reason: 'customer moved the date', requestedAt: '2026-11-19T11:00:00.000Z' } };
}

type CommandOf<Type extends PurchaseOrderCommand['type']> = Extract<PurchaseOrderCommand, { type: Type }>;

/** A command on PO-1 (or `orderId`) by `actorId`, now. */
export function command<Type extends Exclude<PurchaseOrderCommand['type'], 'IssuePurchaseOrder'>>(
  type: Type,
  actorId: string,
  data: Omit<CommandOf<Type>['data'], 'orderId'>,
  orderId = 'PO-1',
): CommandOf<Type> {
  return { type, data: { orderId, ...data }, metadata: by(actorId) } as unknown as CommandOf<Type>;
}

export function stateAfter(history: readonly OrdersEvent[]): PurchaseOrder {
  return history.reduce(evolvePurchaseOrder, initialPurchaseOrder);
}

/** The state once `when` is decided on `history` and its events applied: what the next reader sees. */
export function stateOnceDecided(history: readonly OrdersEvent[], when: PurchaseOrderCommand): PurchaseOrder {
  return stateAfter([...history, ...decidePurchaseOrder(when, stateAfter(history))]);
}
