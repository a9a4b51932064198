import type { EventStore, ReadStreamOptions } from '@renkei/event-store';
import { openPostgresEventStore, type PostgresEventStore } from '@renkei/event-store-postgres';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { IdempotencyKeyReused, PreconditionFailed } from './command-errors';
import { fingerprintRequest, handleCommand } from './handle-command';

/** A counter that refuses to go above a limit: enough domain to exercise the command path. */
type Add = { amount: number };
type Added = { type: 'Added'; data: { amount: number } };
const counter = {
  initialState: 0,
  evolve: (total: number, event: Added) => total + event.data.amount,
  decide: (command: Add, total: number): Added[] => {
    if (total + command.amount > 100) throw new Error('over the limit');
    return command.amount === 0 ? [] : [{ type: 'Added', data: { amount: command.amount } }];
  },
};

describe('handleCommand (real PostgreSQL)', () => {
  const schema = uniqueSchemaName('cmd');
  let store: PostgresEventStore;
  const request = (key: string, body: Add, ifMatch?: bigint) => ({
    idempotencyName: `acme/${key}`,
    fingerprint: fingerprintRequest('counter', body),
    metadata: { companyId: 'acme' },
    ...(ifMatch === undefined ? {} : { ifMatch }),
  });

  beforeAll(async () => {
    store = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema });
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('answers a retry with the first outcome and records the command once', async () => {
    const first = await handleCommand(store, 'counter-retry', counter, { amount: 5 }, request('k1', { amount: 5 }));
    const retry = await handleCommand(store, 'counter-retry', counter, { amount: 5 }, request('k1', { amount: 5 }));
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await store.readStream('counter-retry')).toHaveLength(1);
  });

  it('records exactly one of two different requests racing with the same key; the other is told the key was reused', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, (_, index) => handleCommand(store, 'counter-race', counter, { amount: index + 1 }, request('same-key', { amount: index + 1 }))),
    );
    const recorded = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    expect(recorded).toHaveLength(1);
    for (const outcome of outcomes.filter((candidate) => candidate.status === 'rejected')) {
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(IdempotencyKeyReused);
    }
    expect(await store.readStream('counter-race')).toHaveLength(1);
  });

  it('refuses a stale If-Match and applies a current one', async () => {
    await handleCommand(store, 'counter-if-match', counter, { amount: 1 }, request('a', { amount: 1 }));
    await expect(handleCommand(store, 'counter-if-match', counter, { amount: 1 }, request('b', { amount: 1 }, 7n))).rejects.toBeInstanceOf(PreconditionFailed);
    const applied = await handleCommand(store, 'counter-if-match', counter, { amount: 1 }, request('c', { amount: 1 }, 0n));
    expect(applied.revision).toBe(1n);
  });

  it('lets the domain refuse, and records nothing for a command that decides no events', async () => {
    await expect(handleCommand(store, 'counter-limit', counter, { amount: 101 }, request('big', { amount: 101 }))).rejects.toThrow('over the limit');
    const nothing = await handleCommand(store, 'counter-limit', counter, { amount: 0 }, request('zero', { amount: 0 }));
    expect(nothing.eventIds).toEqual([]);
    expect(await store.readStream('counter-limit')).toEqual([]);
  });

  describe('deciding on the state this process remembers', () => {
    // A second store on the same schema plays another replica writing the same streams.
    let otherReplica: PostgresEventStore;
    beforeAll(async () => {
      otherReplica = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema });
    });
    afterAll(async () => {
      await otherReplica.close();
    });

    it('does not read a stream it remembers before appending to it', async () => {
      const reads: string[] = [];
      const counting: EventStore = Object.assign(Object.create(store) as EventStore, {
        readStream: (streamId: string, options?: ReadStreamOptions) => {
          reads.push(streamId);
          return store.readStream(streamId, options);
        },
      });
      await handleCommand(counting, 'counter-remembered', counter, { amount: 1 }, request('r1', { amount: 1 }));
      await handleCommand(counting, 'counter-remembered', counter, { amount: 2 }, request('r2', { amount: 2 }));
      const third = await handleCommand(counting, 'counter-remembered', counter, { amount: 3 }, request('r3', { amount: 3 }));
      expect(reads).toEqual(['counter-remembered']);
      expect(third.revision).toBe(2n);
      expect((await store.readStream('counter-remembered')).map((event) => event.data)).toEqual([{ amount: 1 }, { amount: 2 }, { amount: 3 }]);
    });

    it('refuses what the stored state refuses although the remembered state would allow it', async () => {
      await handleCommand(store, 'counter-stale-allow', counter, { amount: 60 }, request('s1', { amount: 60 }));
      await handleCommand(otherReplica, 'counter-stale-allow', counter, { amount: 30 }, request('s2', { amount: 30 }));
      await expect(handleCommand(store, 'counter-stale-allow', counter, { amount: 20 }, request('s3', { amount: 20 }))).rejects.toThrow('over the limit');
      expect(await store.readStream('counter-stale-allow')).toHaveLength(2);
    });

    it('applies what the stored state allows although the remembered state would refuse it', async () => {
      await handleCommand(store, 'counter-stale-refuse', counter, { amount: 90 }, request('t1', { amount: 90 }));
      await handleCommand(otherReplica, 'counter-stale-refuse', counter, { amount: -50 }, request('t2', { amount: -50 }));
      const applied = await handleCommand(store, 'counter-stale-refuse', counter, { amount: 20 }, request('t3', { amount: 20 }));
      expect(applied.revision).toBe(2n);
    });

    it('answers the retry of a request another replica recorded with that first answer, recording nothing', async () => {
      await handleCommand(store, 'counter-stale-retry', counter, { amount: 1 }, request('u1', { amount: 1 }));
      const first = await handleCommand(otherReplica, 'counter-stale-retry', counter, { amount: 2 }, request('u2', { amount: 2 }));
      const retry = await handleCommand(store, 'counter-stale-retry', counter, { amount: 2 }, request('u2', { amount: 2 }));
      expect(retry).toEqual({ ...first, replayed: true });
      expect(await store.readStream('counter-stale-retry')).toHaveLength(2);
    });

    it('checks If-Match against the stored revision, not the remembered one', async () => {
      await handleCommand(store, 'counter-stale-if-match', counter, { amount: 1 }, request('v1', { amount: 1 }));
      await handleCommand(otherReplica, 'counter-stale-if-match', counter, { amount: 1 }, request('v2', { amount: 1 }));
      await expect(handleCommand(store, 'counter-stale-if-match', counter, { amount: 1 }, request('v3', { amount: 1 }, 0n))).rejects.toBeInstanceOf(PreconditionFailed);
      const applied = await handleCommand(store, 'counter-stale-if-match', counter, { amount: 1 }, request('v4', { amount: 1 }, 1n));
      expect(applied.revision).toBe(2n);
    });
  });
});
