import type { Client } from 'graphql-ws';
import { graphqlRequest } from '../../api/graphql-client';
import { watch } from '../../api/live-client';

/** One row of the board: a customer order's headline, as `customerOrders` and `orderChanged` answer it. */
export interface BoardOrder {
  readonly orderId: string;
  readonly customerName: string | null;
  readonly customerRef: string | null;
  /** open or closed */
  readonly status: string;
  readonly percentComplete: number;
  readonly eta: string | null;
  readonly dueDate: string | null;
  readonly late: boolean;
  readonly blocked: boolean;
  readonly placedAt: string;
}

export interface BoardPage {
  readonly orders: readonly BoardOrder[];
  readonly hasMore: boolean;
  /** Where the next page starts; null on an empty page. */
  readonly endCursor: string | null;
}

/**
 * Orders per page. A literal in the query, not a variable: the gateway costs `first: $n` as the
 * largest page, and the headline fields keep even that cheap.
 */
export const BOARD_PAGE_SIZE = 50;

export const ORDER_HEADLINE_FIELDS = 'orderId customerName customerRef status percentComplete eta dueDate late blocked placedAt';

const BOARD_ORDERS = `query BoardOrders($after: String) {
  customerOrders(first: ${BOARD_PAGE_SIZE}, after: $after) { edges { node { ${ORDER_HEADLINE_FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;

const ORDER_CHANGED = `subscription BoardOrderChanged($orderId: String!) {
  orderChanged(orderId: $orderId) { ${ORDER_HEADLINE_FIELDS} }
}`;

interface BoardOrdersAnswer {
  readonly customerOrders: {
    readonly edges: ReadonlyArray<{ readonly node: BoardOrder }>;
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
}

/** The newest orders, or those after `after` (the previous page's endCursor). */
export async function loadBoardOrders(token: string, signal?: AbortSignal, after: string | null = null): Promise<BoardPage> {
  const answer = await graphqlRequest<BoardOrdersAnswer>(BOARD_ORDERS, { after }, token, signal);
  const { edges, pageInfo } = answer.customerOrders;
  return { orders: edges.map((edge) => edge.node), hasMore: pageInfo.hasNextPage, endCursor: pageInfo.endCursor };
}

/** Each committed change to the order, as the caller may see it, until the returned function is called. */
export function watchOrder(client: Client, orderId: string, onChange: (order: BoardOrder) => void): () => void {
  return watch<{ orderChanged: BoardOrder | null }>(client, ORDER_CHANGED, { orderId }, (data) => {
    if (data.orderChanged) onChange(data.orderChanged);
  });
}

/** The page with one order replaced by its newer state; an order not on the page is left out (it shows on refresh). */
export function withOrder(page: BoardPage, changed: BoardOrder): BoardPage {
  if (!page.orders.some((order) => order.orderId === changed.orderId)) return page;
  return { ...page, orders: page.orders.map((order) => (order.orderId === changed.orderId ? changed : order)) };
}

/** The next page added below the ones shown; an order already shown (it moved between pages) is kept once. */
export function withNextPage(page: BoardPage, next: BoardPage): BoardPage {
  const shown = new Set(page.orders.map((order) => order.orderId));
  return { orders: [...page.orders, ...next.orders.filter((order) => !shown.has(order.orderId))], hasMore: next.hasMore, endCursor: next.endCursor };
}
