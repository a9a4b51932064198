import { graphqlRequest } from '../../api/graphql-client';
import type { QueuedPurchaseOrder } from './purchase-order-queue';
import type { Money } from '../rfqs/quote-comparison';

export interface BoardPurchaseOrder extends QueuedPurchaseOrder {
  readonly supplierId: string;
  readonly customerOrderId: string;
  readonly tier: number;
  /** Issued, AwaitingBuyer, Accepted, Rejected, Cancelled or Closed */
  readonly status: string;
  readonly updatedAt: string;
  readonly lines: ReadonlyArray<{
    readonly lineNo: number;
    readonly partNumber: string;
    readonly quantity: number;
    readonly dueDate: string;
    readonly shipped: number;
    readonly received: number;
    readonly unitPrice: Money | null;
  }>;
}

export interface PurchaseOrderPage {
  readonly orders: readonly BoardPurchaseOrder[];
  readonly hasMore: boolean;
}

export const PURCHASE_ORDER_PAGE_SIZE = 50;

/** The orders the lead buys (tier 1): its suppliers' own sub-contracts are theirs to answer. */
const PURCHASE_ORDERS = `query BoardPurchaseOrders {
  purchaseOrders(filter: { role: BUYER }, first: ${PURCHASE_ORDER_PAGE_SIZE}) {
    edges { node {
      poId supplierId buyerId customerOrderId tier status issuedAt updatedAt
      lines { lineNo partNumber quantity dueDate shipped received unitPrice { amount currency } }
      pendingChange { kind changeId requestedBy reason lines { lineNo quantity dueDate } }
    } }
    pageInfo { hasNextPage }
  }
}`;

export async function loadPurchaseOrders(token: string, signal?: AbortSignal): Promise<PurchaseOrderPage> {
  const answer = await graphqlRequest<{ purchaseOrders: { edges: ReadonlyArray<{ node: BoardPurchaseOrder }>; pageInfo: { hasNextPage: boolean } } }>(
    PURCHASE_ORDERS,
    {},
    token,
    signal,
  );
  return { orders: answer.purchaseOrders.edges.map((edge) => edge.node), hasMore: answer.purchaseOrders.pageInfo.hasNextPage };
}

/** The lead's answer to what waits for it on one order: a supplier's proposal, or its change request (by id). */
export type ChangeAnswer =
  | { readonly kind: 'accept-proposal'; readonly poId: string }
  | { readonly kind: 'reject-proposal'; readonly poId: string; readonly reason: string }
  | { readonly kind: 'accept-change'; readonly poId: string; readonly changeId: string }
  | { readonly kind: 'reject-change'; readonly poId: string; readonly changeId: string; readonly reason: string };

export async function answerChange(token: string, answer: ChangeAnswer, idempotencyKey: string): Promise<void> {
  switch (answer.kind) {
    case 'accept-proposal':
      await graphqlRequest(
        'mutation BoardAcceptProposal($orderId: String!, $key: String!) { acceptProposedChanges(orderId: $orderId, idempotencyKey: $key) { replayed } }',
        { orderId: answer.poId, key: idempotencyKey },
        token,
      );
      return;
    case 'reject-proposal':
      await graphqlRequest(
        'mutation BoardRejectProposal($orderId: String!, $reason: String!, $key: String!) { rejectProposedChanges(orderId: $orderId, input: { reason: $reason }, idempotencyKey: $key) { replayed } }',
        { orderId: answer.poId, reason: answer.reason, key: idempotencyKey },
        token,
      );
      return;
    case 'accept-change':
      await graphqlRequest(
        'mutation BoardAcceptChange($orderId: String!, $changeId: String!, $key: String!) { acceptChange(orderId: $orderId, changeId: $changeId, idempotencyKey: $key) { replayed } }',
        { orderId: answer.poId, changeId: answer.changeId, key: idempotencyKey },
        token,
      );
      return;
    case 'reject-change':
      await graphqlRequest(
        'mutation BoardRejectChange($orderId: String!, $changeId: String!, $reason: String!, $key: String!) { rejectChange(orderId: $orderId, changeId: $changeId, input: { reason: $reason }, idempotencyKey: $key) { replayed } }',
        { orderId: answer.poId, changeId: answer.changeId, reason: answer.reason, key: idempotencyKey },
        token,
      );
      return;
    default: {
      const unexpected: never = answer;
      throw new Error(`unexpected answer ${JSON.stringify(unexpected)}`);
    }
  }
}
