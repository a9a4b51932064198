import type { NetworkCompanyRole } from '@renkei/contracts';
import type { EventStore, RecordedEvent, SubscriptionHandler } from '@renkei/event-store';
import type { NetworkEvent } from '@renkei/network';
import { EventSourcedDirectory } from './event-sourced-directory';
import { PhoneLinkAuthenticator } from './phone-link-authenticator';
import { signPhoneLinkToken } from './phone-link-token';

const key = 'phone-link-signing-key-0123456789abcdef';
const now = new Date('2026-04-01T09:00:00.000Z');

/** A store whose subscription hands over the given events, then each one appended later, as the real one would. */
function storeHolding(initial: ReadonlyArray<readonly [companyId: string, event: NetworkEvent]>): EventStore & { append(companyId: string, event: NetworkEvent): Promise<void> } {
  let handler: SubscriptionHandler | undefined;
  let revision = 0;
  const recorded = ([companyId, event]: readonly [string, NetworkEvent]): RecordedEvent => ({
    id: `e-${revision}`,
    type: event.type,
    streamId: `company-${companyId}`,
    revision: BigInt(revision),
    position: { commit: 1n, prepare: BigInt(revision++) },
    data: JSON.parse(JSON.stringify(event.data)) as RecordedEvent['data'],
    metadata: {},
    recordedAt: new Date(0),
  });
  return {
    subscribe: (_options: unknown, onBatch: SubscriptionHandler) => {
      handler = onBatch;
      const handled = onBatch(initial.map(recorded));
      return { done: handled, position: () => undefined, caughtUp: () => handled, stop: () => handled };
    },
    append: async (companyId: string, event: NetworkEvent) => handler?.([recorded([companyId, event])]),
  } as unknown as EventStore & { append(companyId: string, event: NetworkEvent): Promise<void> };
}

const registered = (companyId: string, roles: NetworkCompanyRole[]): NetworkEvent => ({
  type: 'CompanyRegistered',
  data: { companyId, legalName: companyId, roles, timeZone: 'Asia/Tokyo', contactEmail: `${companyId}@example.jp`, registeredBy: 'office', registeredAt: '2026-01-01T00:00:00.000Z' },
});
const issued = (companyId: string, linkId: string, expiresAt = '2026-05-01T09:00:00.000Z'): NetworkEvent => ({
  type: 'PhoneLinkIssued',
  data: { companyId, linkId, label: 'phone', expiresAt, issuedBy: 'office', issuedAt: '2026-03-31T09:00:00.000Z' },
});
const revoked = (companyId: string, linkId: string): NetworkEvent => ({
  type: 'PhoneLinkRevoked',
  data: { companyId, linkId, revokedBy: companyId, revokedAt: '2026-04-01T08:00:00.000Z' },
});

describe('PhoneLinkAuthenticator over the event-sourced directory', () => {
  const store = storeHolding([
    ['ws-okada', registered('ws-okada', ['workshop'])],
    ['lead', registered('lead', ['lead'])],
    ['ws-okada', issued('ws-okada', 'line-2')],
    ['ws-okada', issued('ws-okada', 'old', '2026-03-31T12:00:00.000Z')],
    ['ws-okada', issued('ws-okada', 'lost')],
    ['ws-okada', revoked('ws-okada', 'lost')],
    // Only decide refuses links for a non-workshop; the directory must not trust a log that holds one.
    ['lead', issued('lead', 'odd')],
  ]);
  const directory = new EventSourcedDirectory();
  let clock = now;
  const links = new PhoneLinkAuthenticator(directory, key, () => clock);
  const token = (companyId: string, linkId: string, expiresAt = '2026-05-01T09:00:00.000Z', signingKey = key) => signPhoneLinkToken({ companyId, linkId, expiresAt }, signingKey);

  beforeAll(() => directory.start(store));
  afterEach(() => {
    clock = now;
  });

  it('lets an open link in as its workshop, saying it came through that phone link', () => {
    expect(links.authenticate(token('ws-okada', 'line-2'))).toEqual({ companyId: 'ws-okada', role: 'workshop', via: 'phone-link', linkId: 'line-2' });
  });

  it('refuses a token signed with another key, or claiming another expiry than the one issued', () => {
    expect(links.authenticate(token('ws-okada', 'line-2', undefined, 'another-deployment-key-0123456789'))).toBeUndefined();
    expect(links.authenticate(token('ws-okada', 'line-2', '2026-04-30T09:00:00.000Z'))).toBeUndefined();
  });

  it('refuses an expired, a revoked, a never issued link, and a link of a company that is not a workshop', () => {
    expect(links.authenticate(token('ws-okada', 'old', '2026-03-31T12:00:00.000Z'))).toBeUndefined();
    expect(links.authenticate(token('ws-okada', 'lost'))).toBeUndefined();
    expect(links.authenticate(token('ws-okada', 'never'))).toBeUndefined();
    expect(links.authenticate(token('ws-sato', 'line-2'))).toBeUndefined();
    expect(links.authenticate(token('lead', 'odd'))).toBeUndefined();
  });

  it('stops letting a link in once its expiry passes', () => {
    clock = new Date('2026-05-01T09:00:00.000Z');
    expect(links.authenticate(token('ws-okada', 'line-2'))).toBeUndefined();
  });

  it('stops letting a link in as soon as the directory reads its revocation', async () => {
    const later = token('ws-okada', 'line-3');
    await store.append('ws-okada', issued('ws-okada', 'line-3'));
    expect(links.authenticate(later)).toEqual({ companyId: 'ws-okada', role: 'workshop', via: 'phone-link', linkId: 'line-3' });
    await store.append('ws-okada', revoked('ws-okada', 'line-3'));
    expect(links.authenticate(later)).toBeUndefined();
  });

  it('ignores what is not a phone link token, so the next authenticator may look', () => {
    for (const presented of [undefined, '', 'rk_some-credential-secret', 'static-key-0123456789']) expect(links.authenticate(presented)).toBeUndefined();
  });

  it('refuses to start with a key that could be guessed', () => {
    expect(() => new PhoneLinkAuthenticator(directory, 'short')).toThrow(/at least 32 characters/);
  });
});
