import { ORDERS_EVENT_SCHEMAS } from '@renkei/contracts';
import { outboundMessageOf, type MessageContent, type OrderParties, type OrdersEventForEdi } from '@renkei/edi';

/** One of a company's shared copies of an orders event, in log order. */
export interface SharedOrderEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Record<string, unknown>;
}

export interface OutboundContent {
  readonly eventId: string;
  readonly content: MessageContent;
}

/** Enough messages for a busy day in one file, few enough for a person to read it. */
export const MAX_MESSAGES_PER_INTERCHANGE = 50;

/**
 * The messages a company receives from its copies of orders events: those of the purchase orders
 * it supplies (`outboundMessageOf` addresses each to the supplier; anything else is dropped).
 * `known` holds the parties of orders issued before these events; those issued among them are
 * learnt on the way. Only schema version 1 is mapped: a later version needs its own mapping.
 */
export function outboundContentsOf(events: readonly SharedOrderEvent[], receiver: string, known: ReadonlyMap<string, OrderParties>): OutboundContent[] {
  const parties = new Map(known);
  const contents: OutboundContent[] = [];
  for (const event of events) {
    if (!(event.type in ORDERS_EVENT_SCHEMAS) || event.schemaVersion !== 1) continue;
    const ordersEvent = { type: event.type, data: event.data } as unknown as OrdersEventForEdi;
    if (ordersEvent.type === 'PurchaseOrderIssued') parties.set(ordersEvent.data.orderId, { buyerId: ordersEvent.data.buyerId, supplierId: ordersEvent.data.supplierId });
    const message = outboundMessageOf(ordersEvent, (orderId) => parties.get(orderId) ?? null);
    if (message.kind === 'message' && message.receiver === receiver) contents.push({ eventId: event.eventId, content: message.content });
  }
  return contents;
}

/** The orders whose parties `outboundContentsOf` will ask for and the events do not name. */
export function ordersNeedingParties(events: readonly SharedOrderEvent[]): string[] {
  const issued = new Set(events.filter((event) => event.type === 'PurchaseOrderIssued').map((event) => event.data['orderId']));
  return [...new Set(events.map((event) => event.data['orderId']).filter((orderId): orderId is string => typeof orderId === 'string' && !issued.has(orderId)))];
}

export function inChunks<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
