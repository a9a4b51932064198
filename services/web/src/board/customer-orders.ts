import type { Client } from 'graphql-ws';
import { graphqlRequest } from '../api/graphql-client';
import { watch } from '../api/live-client';

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
}

/** The newest orders the board shows; the rest come with paging, later. */
export const BOARD_PAGE_SIZE = 50;

const ORDER_FIELDS = 'orderId customerName customerRef status percentComplete eta dueDate late blocked placedAt';

const BOARD_ORDERS = `query BoardOrders($first: Int!) {
  customerOrders(first: $first) { edges { node { ${ORDER_FIELDS} } } pageInfo { hasNextPage } }
}`;

const ORDER_CHANGED = `subscription BoardOrderChanged($orderId: String!) {
  orderChanged(orderId: $orderId) { ${ORDER_FIELDS} }
}`;

interface BoardOrdersAnswer {
  readonly customerOrders: { readonly edges: ReadonlyArray<{ readonly node: BoardOrder }>; readonly pageInfo: { readonly hasNextPage: boolean } };
}

export async function loadBoardOrders(token: string, signal?: AbortSignal): Promise<BoardPage> {
  const answer = await graphqlRequest<BoardOrdersAnswer>(BOARD_ORDERS, { first: BOARD_PAGE_SIZE }, token, signal);
  return { orders: answer.customerOrders.edges.map((edge) => edge.node), hasMore: answer.customerOrders.pageInfo.hasNextPage };
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
