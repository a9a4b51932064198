/** The board's views, addressed by the URL fragment so a view can be bookmarked and the back button works. */
export type BoardRoute =
  | { readonly view: 'orders' }
  | { readonly view: 'order'; readonly orderId: string; readonly asOf: string | null }
  | { readonly view: 'rfqs' }
  | { readonly view: 'rfq'; readonly rfqId: string }
  | { readonly view: 'purchase-orders' };

export type BoardSection = 'orders' | 'rfqs' | 'purchase-orders';

export const DEFAULT_ROUTE: BoardRoute = { view: 'orders' };

/**
 * `#/orders`, `#/orders/CO-1`, `#/orders/CO-1?asOf=2026-11-20T01:00:00.000Z`, `#/rfqs`, `#/rfqs/R1`,
 * `#/purchase-orders`. Anything else is the orders list: an old or mistyped link still lands somewhere useful.
 */
export function parseRoute(hash: string): BoardRoute {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const [path = '', query = ''] = splitOnce(fragment, '?');
  const parts = path.split('/').filter((part) => part.length > 0).map(decodePart);
  if (parts.some((part) => part === null)) return DEFAULT_ROUTE;
  const [section, id, ...rest] = parts as string[];
  if (rest.length > 0) return DEFAULT_ROUTE;
  switch (section) {
    case 'orders':
      return id === undefined ? { view: 'orders' } : { view: 'order', orderId: id, asOf: asOfOf(query) };
    case 'rfqs':
      return id === undefined ? { view: 'rfqs' } : { view: 'rfq', rfqId: id };
    case 'purchase-orders':
      return id === undefined ? { view: 'purchase-orders' } : DEFAULT_ROUTE;
    default:
      return DEFAULT_ROUTE;
  }
}

export function routeHref(route: BoardRoute): string {
  switch (route.view) {
    case 'orders':
      return '#/orders';
    case 'order':
      return `#/orders/${encodeURIComponent(route.orderId)}${route.asOf === null ? '' : `?asOf=${encodeURIComponent(route.asOf)}`}`;
    case 'rfqs':
      return '#/rfqs';
    case 'rfq':
      return `#/rfqs/${encodeURIComponent(route.rfqId)}`;
    case 'purchase-orders':
      return '#/purchase-orders';
    default:
      return unreachable(route);
  }
}

/** The list a navigation entry leads to. */
export function sectionHref(section: BoardSection): string {
  return routeHref({ view: section });
}

/** The navigation entry a view belongs to (marked as the current page). */
export function sectionOf(route: BoardRoute): BoardSection {
  switch (route.view) {
    case 'orders':
    case 'order':
      return 'orders';
    case 'rfqs':
    case 'rfq':
      return 'rfqs';
    case 'purchase-orders':
      return 'purchase-orders';
    default:
      return unreachable(route);
  }
}

function asOfOf(query: string): string | null {
  const value = new URLSearchParams(query).get('asOf');
  return value !== null && !Number.isNaN(Date.parse(value)) ? value : null;
}

function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

function unreachable(value: never): never {
  throw new Error(`unexpected route ${JSON.stringify(value)}`);
}
