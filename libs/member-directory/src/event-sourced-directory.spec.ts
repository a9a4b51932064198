import type { NetworkCompanyRole, NetworkIntegratorScope } from '@renkei/contracts';
import type { EventStore, RecordedEvent, SubscriptionHandler } from '@renkei/event-store';
import type { NetworkEvent } from '@renkei/network';
import { EventSourcedDirectory } from './event-sourced-directory';

/** A store that hands the directory one batch of company events, as its subscription would on catching up. */
function storeHolding(events: ReadonlyArray<readonly [companyId: string, event: NetworkEvent]>): EventStore {
  const recorded = events.map(
    ([companyId, event], index): RecordedEvent => ({
      id: `e-${index}`,
      type: event.type,
      streamId: `company-${companyId}`,
      revision: BigInt(index),
      position: { commit: 1n, prepare: BigInt(index) },
      data: JSON.parse(JSON.stringify(event.data)) as RecordedEvent['data'],
      metadata: {},
      recordedAt: new Date(0),
    }),
  );
  return {
    subscribe: (_options: unknown, handler: SubscriptionHandler) => {
      const handled = handler(recorded);
      return { done: handled, position: () => recorded[recorded.length - 1]?.position, caughtUp: () => handled, stop: () => handled };
    },
  } as unknown as EventStore;
}

const registered = (companyId: string, roles: NetworkCompanyRole[]): NetworkEvent => ({
  type: 'CompanyRegistered',
  data: { companyId, legalName: companyId, roles, timeZone: 'Asia/Tokyo', contactEmail: `${companyId}@example.jp`, registeredBy: 'office', registeredAt: '2026-01-01T00:00:00.000Z' },
});
const granted = (companyId: string, integratorId: string, scopes: NetworkIntegratorScope[]): NetworkEvent => ({
  type: 'IntegratorAccessGranted',
  data: { companyId, integratorId, scopes, grantedBy: companyId, grantedAt: '2026-02-01T00:00:00.000Z' },
});
const revoked = (companyId: string, integratorId: string): NetworkEvent => ({
  type: 'IntegratorAccessRevoked',
  data: { companyId, integratorId, revokedBy: companyId, revokedAt: '2026-03-01T00:00:00.000Z' },
});

describe('EventSourcedDirectory grants', () => {
  const directory = new EventSourcedDirectory();

  beforeAll(async () => {
    await directory.start(
      storeHolding([
        ['erp', registered('erp', ['integrator'])],
        ['ws-b', registered('ws-b', ['workshop'])],
        ['ws-a', registered('ws-a', ['workshop'])],
        ['lead', registered('lead', ['lead'])],
        ['ws-a', granted('ws-a', 'erp', ['orders', 'work'])],
        ['ws-b', granted('ws-b', 'erp', ['orders'])],
        ['lead', granted('lead', 'erp', ['bom'])],
        // The lead later narrowed its grant, ws-b revoked its own.
        ['lead', granted('lead', 'erp', ['work'])],
        ['ws-b', revoked('ws-b', 'erp')],
        ['ws-b', granted('ws-b', 'mes', ['orders'])],
      ]),
    );
  });

  it('names the companies whose grant in force covers the scope, sorted', () => {
    expect(directory.grantorsOf('erp', 'work')).toEqual(['lead', 'ws-a']);
    expect(directory.grantorsOf('erp', 'orders')).toEqual(['ws-a']);
  });

  it('forgets a grant replaced by one without the scope, and a revoked grant', () => {
    expect(directory.grantorsOf('erp', 'bom')).toEqual([]);
    expect(directory.grantorsOf('mes', 'orders')).toEqual(['ws-b']);
  });

  it('names, the other way round, the integrators a company’s grant in force lets read a scope', () => {
    expect(directory.integratorsGrantedBy('ws-a', 'orders')).toEqual(['erp']);
    expect(directory.integratorsGrantedBy('lead', 'work')).toEqual(['erp']);
    expect(directory.integratorsGrantedBy('lead', 'bom')).toEqual([]);
    expect(directory.integratorsGrantedBy('ws-b', 'orders')).toEqual(['mes']);
    expect(directory.integratorsGrantedBy('nobody', 'orders')).toEqual([]);
  });

  it('knows no grantor of a company that was granted nothing', () => {
    expect(directory.grantorsOf('ws-a', 'orders')).toEqual([]);
    expect(directory.grantorsOf('nobody', 'orders')).toEqual([]);
  });
});
