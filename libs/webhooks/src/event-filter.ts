import { CONTEXTS, cloudEventTypeHeader, publishedEvents } from '@renkei/contracts';
import type { ChainFacts } from '@renkei/sharing';

/** Every event, whatever its type. */
export const ANY_EVENT_TYPE = '*';

/** Every CloudEvents type an integrator can receive, e.g. `renkei.orders.PurchaseOrderIssued.v1`, sorted. */
export function knownEventTypes(): string[] {
  return publishedEvents()
    .map((event) => cloudEventTypeHeader(event.context, event.type, event.version))
    .sort();
}

const CONTEXT_PATTERNS = CONTEXTS.map((context) => `renkei.${context}.*`);

/** What `eventTypes` may list: `*`, a whole context (`renkei.orders.*`) or one type in one schema version. */
export function eventTypePatterns(): string[] {
  return [ANY_EVENT_TYPE, ...CONTEXT_PATTERNS, ...knownEventTypes()];
}

export function matchesEventTypes(patterns: readonly string[], type: string): boolean {
  return patterns.some((pattern) => pattern === ANY_EVENT_TYPE || pattern === type || (pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1))));
}

/** Narrows a subscription to some customer orders and/or some companies; an empty list does not narrow. */
export interface SubscriptionFilter {
  readonly customerOrderIds: readonly string[];
  readonly companyIds: readonly string[];
}

export const NO_FILTER: SubscriptionFilter = { customerOrderIds: [], companyIds: [] };

/** An event as delivered: its CloudEvents type, its stream (subject) and its data as the subscriber may see it. */
export interface FilterableEvent {
  readonly type: string;
  readonly subject: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** The data fields that name a company taking part in an event. */
const PARTY_FIELDS = ['companyId', 'buyerId', 'supplierId', 'workshopId', 'ownerId', 'issuedBy', 'rfqIssuedBy', 'publishedBy', 'nextWorkshopId'] as const;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The purchase orders an event is about (`data.orderId` of an order stream, `data.poId` of work), whose chain facts the filter needs. */
export function purchaseOrdersNamedBy(event: FilterableEvent): string[] {
  const ids = [event.subject.startsWith('order-') ? text(event.data['orderId']) : undefined, text(event.data['poId'])];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/**
 * Whether an event passes a subscription's filter (both lists, when given, must match):
 * - a customer order matches when the event is on its stream (`order-<id>`), names it
 *   (`data.customerOrderId`), or is about a purchase order placed for it (the order's or the work's
 *   purchase order, by the chain facts the sharing rules learnt);
 * - a company matches when the event names it in a party field (companyId, buyerId, supplierId,
 *   workshopId, ownerId, issuedBy, rfqIssuedBy, publishedBy, nextWorkshopId) or it is the buyer or
 *   the supplier of the purchase order the event is about.
 */
export function matchesFilter(event: FilterableEvent, filter: SubscriptionFilter, facts: Pick<ChainFacts, 'purchaseOrder'>): boolean {
  if (filter.customerOrderIds.length === 0 && filter.companyIds.length === 0) return true;
  const links = purchaseOrdersNamedBy(event).flatMap((poId) => facts.purchaseOrder(poId) ?? []);
  // An order stream that is no purchase order is a customer order's own stream.
  const orderStream = event.subject.startsWith('order-') ? event.subject.slice('order-'.length) : undefined;
  const orders = new Set<string>([
    ...(orderStream !== undefined && facts.purchaseOrder(orderStream) === undefined ? [orderStream] : []),
    ...[text(event.data['customerOrderId'])].filter((id): id is string => id !== undefined),
    ...links.map((link) => link.customerOrderId),
  ]);
  const companies = new Set<string>([
    ...PARTY_FIELDS.map((field) => text(event.data[field])).filter((id): id is string => id !== undefined),
    ...links.flatMap((link) => [link.buyerId, link.supplierId]),
  ]);
  const orderMatches = filter.customerOrderIds.length === 0 || filter.customerOrderIds.some((id) => orders.has(id));
  const companyMatches = filter.companyIds.length === 0 || filter.companyIds.some((id) => companies.has(id));
  return orderMatches && companyMatches;
}
