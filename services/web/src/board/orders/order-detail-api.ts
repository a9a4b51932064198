import type { Client } from 'graphql-ws';
import { graphqlRequest } from '../../api/graphql-client';
import { watch } from '../../api/live-client';
import { ORDER_HEADLINE_FIELDS, type BoardOrder } from './customer-orders';

export interface DelayReason {
  readonly poId: string;
  readonly lineNo: number;
  readonly workshopId: string;
  /** material, machine, labour, quality, subcontractor, customer-change or other */
  readonly reasonCode: string | null;
  readonly note: string | null;
  readonly eta: string | null;
  readonly blocked: boolean;
}

/** A purchase order line, at any tier, that makes a node. */
export interface NodeAssignment {
  readonly poId: string;
  readonly lineNo: number;
  readonly supplierId: string;
  readonly buyerId: string;
  readonly tier: number;
  readonly quantity: number;
  readonly dueDate: string;
  readonly eta: string | null;
  readonly percent: number;
  readonly qtyGood: number;
  readonly qtyScrap: number;
  /** not_started, in_progress, completed, delayed or blocked; null before the line is accepted */
  readonly workStatus: string | null;
  /** Issued, AwaitingBuyer, Accepted, Rejected, Cancelled or Closed */
  readonly orderStatus: string;
  readonly lastReportAt: string | null;
}

export interface OrderNode {
  readonly nodeId: string;
  readonly parentId: string | null;
  readonly depth: number;
  readonly kind: string;
  readonly partNumber: string;
  readonly description: string;
  readonly quantity: number;
  /** not_ordered, ordered, in_progress, delayed, blocked or completed */
  readonly status: string;
  readonly percentComplete: number;
  readonly dueDate: string | null;
  readonly eta: string | null;
  readonly late: boolean;
  readonly daysLate: number;
  readonly blocked: boolean;
  readonly critical: boolean;
  readonly remainingOperations: number;
  readonly makeOrBuy: string;
  readonly delayReasons: readonly DelayReason[];
  readonly assignments: readonly NodeAssignment[];
}

export interface OrderDetail extends BoardOrder {
  readonly closedAt: string | null;
  readonly productId: string;
  readonly bomRevision: number;
  /** Set when the answer is as of a past moment. */
  readonly asOf: string | null;
  readonly nodes: readonly OrderNode[];
}

export interface TimelineEntry {
  readonly eventId: string;
  readonly type: string;
  /** customer_order, purchase_order or work_item */
  readonly subject: string;
  readonly summary: string;
  readonly recordedAt: string;
  readonly poId: string | null;
  readonly lineNo: number | null;
}

/**
 * The flat node list (parent + depth) rather than the nested `tree`: a tree drawn from nested
 * `children` would need one level of query per tier and soon meet the gateway's depth limit.
 */
const ORDER_DETAIL_FIELDS = `${ORDER_HEADLINE_FIELDS} closedAt productId bomRevision asOf
  nodes {
    nodeId parentId depth kind partNumber description quantity status percentComplete dueDate eta late daysLate blocked critical remainingOperations makeOrBuy
    delayReasons { poId lineNo workshopId reasonCode note eta blocked }
    assignments { poId lineNo supplierId buyerId tier quantity dueDate eta percent qtyGood qtyScrap workStatus orderStatus lastReportAt }
  }`;

const ORDER_DETAIL = `query BoardOrderDetail($id: String!, $asOf: DateTime) { customerOrder(id: $id, asOf: $asOf) { ${ORDER_DETAIL_FIELDS} } }`;
const ORDER_DETAIL_CHANGED = `subscription BoardOrderDetailChanged($orderId: String!) { orderChanged(orderId: $orderId) { ${ORDER_DETAIL_FIELDS} } }`;
const TIMELINE = `query BoardOrderTimeline($orderId: String!) { timeline(orderId: $orderId) { eventId type subject summary recordedAt poId lineNo } }`;

/** The order now, or as it stood at `asOf`; null when unknown or not the reader's to see. */
export async function loadOrderDetail(token: string, orderId: string, asOf: string | null, signal?: AbortSignal): Promise<OrderDetail | null> {
  const answer = await graphqlRequest<{ customerOrder: OrderDetail | null }>(ORDER_DETAIL, { id: orderId, asOf }, token, signal);
  return answer.customerOrder;
}

/** The order's new state after each committed change (the first push is the state now). */
export function watchOrderDetail(client: Client, orderId: string, onChange: (order: OrderDetail) => void): () => void {
  return watch<{ orderChanged: OrderDetail | null }>(client, ORDER_DETAIL_CHANGED, { orderId }, (data) => {
    if (data.orderChanged) onChange(data.orderChanged);
  });
}

/** Every event that touched the order, oldest first; null when not the reader's to see. */
export async function loadTimeline(token: string, orderId: string, signal?: AbortSignal): Promise<readonly TimelineEntry[] | null> {
  const answer = await graphqlRequest<{ timeline: TimelineEntry[] | null }>(TIMELINE, { orderId }, token, signal);
  return answer.timeline;
}
