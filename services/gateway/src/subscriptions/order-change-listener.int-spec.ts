import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { testDatabaseUrl } from '@renkei/testing';
import { ORDER_CHANGED_CHANNEL } from '../read-models/gateway-read-models';
import { OrderChangeListener } from './order-change-listener';
import { OrderChanges, type OrderChange, type OrderChangeFeed } from './order-changes';

/** The next change the predicate accepts; other tests of the same database may notify the channel too. */
async function nextMatching(feed: OrderChangeFeed, accept: (change: OrderChange) => boolean, timeoutMs = 5_000): Promise<OrderChange> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), deadline - Date.now())));
    const next = await Promise.race([feed.next(), timeout]).finally(() => clearTimeout(timer));
    if (next === 'timeout' || next.done) break;
    if (accept(next.value)) return next.value;
  }
  throw new Error(`no matching order change within ${timeoutMs} ms`);
}

describe('OrderChangeListener on real PostgreSQL', () => {
  const applicationName = `listener-${randomUUID().slice(0, 8)}`;
  const orderId = `CO-${randomUUID()}`;
  const changes = new OrderChanges();
  const listener = new OrderChangeListener(() => new Client({ connectionString: testDatabaseUrl(), application_name: applicationName }), changes, {
    debounce: { quietMs: 50, maxWaitMs: 500 },
    firstReconnectDelayMs: 50,
    maxReconnectDelayMs: 200,
  });
  const admin = new Client({ connectionString: testDatabaseUrl() });
  const notify = (payload: string) => admin.query('SELECT pg_notify($1, $2)', [ORDER_CHANGED_CHANNEL, payload]);

  beforeAll(async () => {
    await admin.connect();
    await listener.start();
  });
  afterAll(async () => {
    await listener.stop();
    changes.close();
    await admin.end();
  });

  it('a burst of committed changes to one order reaches its watchers as one change', async () => {
    const feed = changes.watch([orderId]);
    const published = jest.spyOn(changes, 'publish');
    try {
      for (let batch = 0; batch < 5; batch += 1) await notify(orderId);

      expect([...(await nextMatching(feed, () => true)).orderIds]).toEqual([orderId]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(published.mock.calls.filter(([id]) => id === orderId)).toHaveLength(1);
    } finally {
      published.mockRestore();
      await feed.return();
    }
  });

  it('a notice carrying a trace context hands the latest one of the burst on with the change', async () => {
    const feed = changes.watch([orderId]);
    const trace = (span: string) => `00-4bf92f3577b34da6a3ce929d0e0e4736-${span}-01`;
    try {
      await notify(JSON.stringify({ orderId, traceparent: trace('00f067aa0ba902b7') }));
      await notify(JSON.stringify({ orderId, traceparent: trace('00f067aa0ba902b8') }));

      const change = await nextMatching(feed, (each) => each.orderIds.has(orderId));
      expect(change.traceparents).toEqual([trace('00f067aa0ba902b8')]);
    } finally {
      await feed.return();
    }
  });

  it('a lost connection is reopened; every watcher is told to look again, and changes flow again', async () => {
    const feed = changes.watch('every order');
    try {
      const killed = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
      expect(killed.rowCount).toBe(1);

      await nextMatching(feed, (change) => change.anyOrder);
      await notify(orderId);
      await nextMatching(feed, (change) => change.orderIds.has(orderId));
      expect(listener.listening).toBe(true);
    } finally {
      await feed.return();
    }
  });

  it('stop() closes its connection', async () => {
    await listener.stop();

    const left = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
    expect(left.rows[0]).toEqual({ n: 0 });
  });
});
