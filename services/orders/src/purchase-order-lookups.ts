import { readState } from '@renkei/command-handling';
import { Inject, Injectable } from '@nestjs/common';
import { ORDER_ID_PATTERN } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';
import {
  evolveCustomerOrder,
  evolvePurchaseOrder,
  initialCustomerOrder,
  initialPurchaseOrder,
  orderStreamId,
  purchaseOrderVisibleTo,
  type CustomerOrder,
  type OrdersEvent,
  type ParentOrderLookup,
  type PurchaseOrder,
} from '@renkei/orders';
import { EVENT_STORE, type Caller } from '@renkei/service-kit';

const ORDER_ID = new RegExp(ORDER_ID_PATTERN);

/** An order rebuilt from its stream, with the ETag of its last event (null when the stream is empty). */
export interface OrderRead<State> {
  readonly state: State;
  readonly etag: string | null;
}

/**
 * Reads `order-{id}` streams for what a command or a read needs from them: the order itself, and
 * the lookups issuing a purchase order depends on (its parent order, its customer order).
 */
@Injectable()
export class PurchaseOrderLookups {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async purchaseOrder(orderId: string): Promise<OrderRead<PurchaseOrder>> {
    return this.read(orderId, evolvePurchaseOrder, initialPurchaseOrder);
  }

  async customerOrder(orderId: string): Promise<OrderRead<CustomerOrder>> {
    return this.read(orderId, evolveCustomerOrder, initialCustomerOrder);
  }

  /**
   * What the decider needs about `body.parent.orderId`, read as the caller may see it: a purchase
   * order the caller is no party to is looked up as missing, so a refusal never reveals it exists.
   * Null also when the body names no (well-formed) parent; the parse then says what is wrong.
   */
  async parentOrderFor(caller: Caller, body: unknown): Promise<ParentOrderLookup | null> {
    const parent = field(body, 'parent');
    const orderId = idIn(field(parent, 'orderId'));
    if (orderId === null) return null;
    const view = purchaseOrderVisibleTo((await this.purchaseOrder(orderId)).state, caller.companyId);
    if (view === null) return null;
    return { orderId: view.orderId, tier: view.tier, supplierId: view.supplierId, customerOrderId: view.customerOrderId, lineNos: view.lines.map((line) => line.lineNo) };
  }

  /** The customer order `body.customerOrderId` names, as stored (the check of its owner is the caller's). */
  async customerOrderFor(body: unknown): Promise<CustomerOrder> {
    const orderId = idIn(field(body, 'customerOrderId'));
    return orderId === null ? initialCustomerOrder : (await this.customerOrder(orderId)).state;
  }

  private async read<State>(orderId: string, evolve: (state: State, event: OrdersEvent) => State, initialState: State): Promise<OrderRead<State>> {
    const { state, revision } = await readState(this.store, orderStreamId(orderId), evolve, initialState);
    return { state, etag: revision === undefined ? null : `"${revision}"` };
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}

function idIn(value: unknown): string | null {
  return typeof value === 'string' && ORDER_ID.test(value) ? value : null;
}
