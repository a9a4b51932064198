import { domainStatus } from './command-endpoint';

describe('domainStatus', () => {
  it.each([
    ['QUOTES.NOT_THE_ISSUER', 403],
    ['BOM.NOT_AFFECTED', 403],
    ['WORK.BELONGS_TO_ANOTHER_WORKSHOP', 403],
    ['ORDERS.UNKNOWN_LINE', 422],
    ['NETWORK.NOT_REGISTERED', 404],
    ['QUOTES.QUOTE_NOT_FOUND', 404],
    ['NETWORK.ALREADY_REGISTERED', 409],
    ['BOM.REVISION_OUT_OF_ORDER', 409],
    ['ORDERS.INVALID_INPUT', 400],
    ['QUOTES.DEADLINE_PASSED', 422],
    ['ORDERS.OVER_SHIPMENT', 422],
  ])('%s → %i', (code, status) => {
    expect(domainStatus(code)).toBe(status);
  });
});
