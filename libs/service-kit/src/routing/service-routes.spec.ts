import { serviceOfPath, serviceUrlsFrom } from './service-routes';

describe('which service owns a path', () => {
  it.each([
    ['/v1/work-items/PO-1/1/progress', 'work-progress'],
    ['/v1/purchase-orders/PO-1/change-requests', 'orders'],
    ['/v1/customer-orders', 'orders'],
    ['/v1/rfqs/RFQ-1/quotes', 'quotes'],
    ['/v1/boms/BOM-1/revisions', 'bom-exchange'],
    ['/v1/companies/okada/phone-links', 'network'],
    ['/v1/directory?capability=milling', 'network'],
    ['/v1/feed?after=0', 'integration'],
    ['/v1/edi/interchanges', 'integration'],
    ['/asyncapi.json', 'integration'],
    ['/V1/RFQs/RFQ-1', 'quotes'],
  ])('%s → %s', (path, service) => expect(serviceOfPath(path)).toBe(service));

  it.each(['/v1/rfqsx', '/v1', '/graphql', '/v1/unknown/x', '/asyncapi.json.bak', ''])('%s → nobody', (path) => expect(serviceOfPath(path)).toBeUndefined());
});

describe('service URLs from the environment', () => {
  const all = {
    RENKEI_WORK_PROGRESS_URL: 'http://work-progress:3000',
    RENKEI_ORDERS_URL: 'http://orders:3000',
    RENKEI_QUOTES_URL: 'http://quotes:3000',
    RENKEI_BOM_EXCHANGE_URL: 'http://bom-exchange:3000',
    RENKEI_NETWORK_URL: 'http://network:3000',
    RENKEI_INTEGRATION_URL: 'http://integration:3000',
  };

  it('maps each service to its variable', () => {
    expect(serviceUrlsFrom(all)).toEqual({
      'work-progress': 'http://work-progress:3000',
      orders: 'http://orders:3000',
      quotes: 'http://quotes:3000',
      'bom-exchange': 'http://bom-exchange:3000',
      network: 'http://network:3000',
      integration: 'http://integration:3000',
    });
  });

  it('names every variable missing, and only the needed ones', () => {
    expect(serviceUrlsFrom({ RENKEI_ORDERS_URL: 'http://orders:3000' })).toEqual({
      missing: ['RENKEI_WORK_PROGRESS_URL', 'RENKEI_QUOTES_URL', 'RENKEI_BOM_EXCHANGE_URL', 'RENKEI_NETWORK_URL', 'RENKEI_INTEGRATION_URL'],
    });
    const { RENKEI_INTEGRATION_URL: _integration, ...withoutIntegration } = all;
    expect(serviceUrlsFrom(withoutIntegration, ['work-progress', 'orders'])).not.toHaveProperty('missing');
  });
});
