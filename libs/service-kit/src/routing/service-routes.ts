/** The processes of the distributed mode that answer REST requests, apart from the gateway. */
export const API_SERVICES = ['work-progress', 'orders', 'quotes', 'bom-exchange', 'network', 'integration'] as const;
export type ApiService = (typeof API_SERVICES)[number];

/** Where each service answers, e.g. `{ orders: 'http://orders:3000' }`. */
export type ServiceUrls = Readonly<Record<ApiService, string>>;

/**
 * Which service owns a path: the first segments of every controller's route (`@Controller(...)`)
 * in services/*. A path no service owns belongs to none, and the edge answers 404 itself.
 */
const OWNED_PATHS: ReadonlyArray<readonly [prefix: string, owner: ApiService]> = [
  ['/v1/work-items', 'work-progress'],
  ['/v1/customer-orders', 'orders'],
  ['/v1/purchase-orders', 'orders'],
  ['/v1/rfqs', 'quotes'],
  ['/v1/boms', 'bom-exchange'],
  ['/v1/companies', 'network'],
  ['/v1/directory', 'network'],
  ['/v1/feed', 'integration'],
  ['/v1/webhook-subscriptions', 'integration'],
  ['/v1/edi', 'integration'],
  ['/asyncapi.json', 'integration'],
];

/** The path prefixes each service owns, for an edge that registers routes per service. */
export function ownedPathPrefixes(): ReadonlyArray<readonly [prefix: string, owner: ApiService]> {
  return OWNED_PATHS;
}

/**
 * The service that answers `path` (query string ignored). Matched per whole segment and without
 * regard to case, as the services' own router does (`/V1/RFQs/x` is quotes', `/v1/rfqsx` nobody's).
 */
export function serviceOfPath(path: string): ApiService | undefined {
  const lower = (path.split('?')[0] ?? '').toLowerCase();
  return OWNED_PATHS.find(([prefix]) => lower === prefix || lower.startsWith(`${prefix}/`))?.[1];
}

/** Every service's URL from the environment (RENKEI_<SERVICE>_URL), or the names of those missing. */
export function serviceUrlsFrom(env: Readonly<Record<string, unknown>>, needed: readonly ApiService[] = API_SERVICES): ServiceUrls | { missing: string[] } {
  const urlOf = (service: ApiService) => env[serviceUrlVariable(service)];
  const missing = needed.filter((service) => typeof urlOf(service) !== 'string' || urlOf(service) === '').map(serviceUrlVariable);
  if (missing.length > 0) return { missing };
  return Object.fromEntries(API_SERVICES.map((service) => [service, typeof urlOf(service) === 'string' ? urlOf(service) : ''])) as ServiceUrls;
}

/** `orders` → RENKEI_ORDERS_URL, `bom-exchange` → RENKEI_BOM_EXCHANGE_URL. */
export function serviceUrlVariable(service: ApiService): string {
  return `RENKEI_${service.toUpperCase().replace('-', '_')}_URL`;
}
