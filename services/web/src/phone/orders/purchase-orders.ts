import { graphqlRequest } from '../../api/graphql-client';
import type { Money } from '../outbox/phone-commands';

export interface PhoneOrderLine {
  readonly lineNo: number;
  readonly partNumber: string;
  readonly quantity: number;
  /** YYYY-MM-DD */
  readonly dueDate: string;
  readonly unitPrice: Money | null;
}

export interface LineChange {
  readonly lineNo: number;
  /** Null: unchanged */
  readonly quantity: number | null;
  /** Null: unchanged */
  readonly dueDate: string | null;
}

/** A change to the order waiting for one party's answer (PurchaseOrderPendingChange). */
export interface PendingChange {
  /** CHANGE_REQUEST (answered by changeId) or PROPOSED_ON_ACCEPTANCE (the supplier's own proposal, waiting for the buyer) */
  readonly kind: string;
  readonly changeId: string | null;
  readonly requestedBy: string;
  /** The company whose answer it waits for. */
  readonly awaiting: string;
  readonly reason: string | null;
  readonly lines: readonly LineChange[];
}

/** A purchase order the workshop supplies, as `purchaseOrders` shows it to its supplier (prices included). */
export interface PhoneOrder {
  readonly poId: string;
  readonly buyerId: string;
  /** Issued, AwaitingBuyer, Accepted, Rejected, Cancelled or Closed */
  readonly status: string;
  readonly issuedAt: string;
  readonly lines: readonly PhoneOrderLine[];
  readonly pendingChange: PendingChange | null;
}

/** Orders still running; rejected, cancelled and closed ones are history. */
export const ORDER_STATUSES_SHOWN = ['Issued', 'AwaitingBuyer', 'Accepted'] as const;
export const ORDER_PAGE_SIZE = 50;

// A literal page size: the gateway's cost limit counts `first: $variable` as the largest page.
const PURCHASE_ORDERS = `query PhoneOrders($status: [String!]) {
  purchaseOrders(filter: { role: SUPPLIER, status: $status }, first: ${ORDER_PAGE_SIZE}) {
    edges { node { poId buyerId status issuedAt
      lines { lineNo partNumber quantity dueDate unitPrice { amount currency } }
      pendingChange { kind changeId requestedBy awaiting reason lines { lineNo quantity dueDate } } } }
    pageInfo { hasNextPage }
  }
}`;

interface OrdersAnswer {
  readonly purchaseOrders: { readonly edges: ReadonlyArray<{ readonly node: PhoneOrder }>; readonly pageInfo: { readonly hasNextPage: boolean } };
}

export async function loadOrders(token: string, signal?: AbortSignal): Promise<{ readonly orders: readonly PhoneOrder[]; readonly hasMore: boolean }> {
  const answer = await graphqlRequest<OrdersAnswer>(PURCHASE_ORDERS, { status: [...ORDER_STATUSES_SHOWN] }, token, signal);
  return { orders: answer.purchaseOrders.edges.map((edge) => edge.node), hasMore: answer.purchaseOrders.pageInfo.hasNextPage };
}

/** A buyer's change request this workshop is to answer (acceptChange / rejectChange), or null. */
export function changeToAnswer(order: PhoneOrder, companyId: string): (PendingChange & { readonly changeId: string }) | null {
  const change = order.pendingChange;
  if (change === null || change.kind !== 'CHANGE_REQUEST' || change.awaiting !== companyId || change.changeId === null) return null;
  return { ...change, changeId: change.changeId };
}

/** What the workshop is to do about the order: acknowledge it, answer a change, or nothing (it waits for the buyer, or runs). */
export function orderStage(order: PhoneOrder, companyId: string): 'to-acknowledge' | 'change-to-answer' | 'awaiting-buyer' | 'accepted' | 'closed' {
  if (order.status === 'Issued') return 'to-acknowledge';
  if (order.status === 'AwaitingBuyer') return 'awaiting-buyer';
  if (order.status !== 'Accepted') return 'closed';
  if (changeToAnswer(order, companyId) !== null) return 'change-to-answer';
  return order.pendingChange !== null ? 'awaiting-buyer' : 'accepted';
}
