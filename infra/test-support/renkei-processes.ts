/**
 * The nine processes of the distributed mode (the topology contract): one image, one entry point each,
 * `dist/services/<name>/src/main.js`. `api` marks those serving the HTTP API on PORT 3000.
 */
export const RENKEI_PROCESSES = [
  { name: 'gateway', api: true },
  { name: 'work-progress', api: true },
  { name: 'orders', api: true },
  { name: 'quotes', api: true },
  { name: 'bom-exchange', api: true },
  { name: 'network', api: true },
  { name: 'integration', api: true },
  { name: 'process-managers', api: false },
  { name: 'relay', api: false },
] as const;

export type RenkeiProcessName = (typeof RENKEI_PROCESSES)[number]['name'];

/** The context services whose REST APIs the gateway's edge and the integration service call. */
const CONTEXT_SERVICES: readonly RenkeiProcessName[] = ['work-progress', 'orders', 'quotes', 'bom-exchange', 'network'];

/** Which other processes each one calls over HTTP, by RENKEI_<NAME>_URL. */
export const CALLS: Readonly<Partial<Record<RenkeiProcessName, readonly RenkeiProcessName[]>>> = {
  gateway: [...CONTEXT_SERVICES, 'integration'],
  integration: CONTEXT_SERVICES,
};

/** RENKEI_BOM_EXCHANGE_URL for bom-exchange, and so on. */
export function serviceUrlVariable(name: RenkeiProcessName): string {
  return `RENKEI_${name.toUpperCase().replace(/-/g, '_')}_URL`;
}

export function entryPoint(name: string): { compiled: string; source: string } {
  return { compiled: `dist/services/${name}/src/main.js`, source: `services/${name}/src/main.ts` };
}
