import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { UnavailableError, type AllStreamResolvedEvent, type AllStreamSubscription, type SubscribeToAllOptions } from '@eventstore/db-client';
import { EventStoreUnavailable, type GlobalPosition, type RecordedEvent, type SubscribeOptions } from '@renkei/event-store';
import { EsdbSubscription, type EsdbSubscriptionDependencies } from './esdb-subscription';

const at = (n: number): GlobalPosition => ({ commit: BigInt(n), prepare: BigInt(n) });

function logRecord(n: number, streamId = 'order-1', type = 'OrderPlaced'): AllStreamResolvedEvent {
  return {
    event: {
      streamId,
      id: randomUUID(),
      revision: BigInt(n),
      type,
      created: new Date(0),
      data: { n },
      metadata: {},
      isJson: true,
      position: at(n),
    },
  };
}

/**
 * Stands in for the driver: an object-mode stream is what `subscribeToAll` returns, so the
 * real batching loop runs against it without a server. Records the options and unsubscribe.
 */
function fakeLog(records: AllStreamResolvedEvent[], options: { checkpoint?: GlobalPosition; head?: GlobalPosition } = {}) {
  const stream = new PassThrough({ objectMode: true });
  const state = { subscribedWith: undefined as SubscribeToAllOptions | undefined, unsubscribed: false, saved: [] as GlobalPosition[] };
  for (const record of records) stream.write(record);
  const subscription = Object.assign(stream, {
    unsubscribe: async () => {
      state.unsubscribed = true;
    },
  }) as unknown as AllStreamSubscription;
  const deps: EsdbSubscriptionDependencies = {
    client: {
      subscribeToAll: (subscribeOptions?: SubscribeToAllOptions) => {
        state.subscribedWith = subscribeOptions;
        return subscription;
      },
    },
    checkpoints: {
      read: async () => options.checkpoint,
      save: async (_name: string, position: GlobalPosition) => void state.saved.push(position),
    },
    lastUserPosition: async () => options.head,
  };
  return { stream, state, deps };
}

function subscribe(deps: EsdbSubscriptionDependencies, options: SubscribeOptions) {
  const batches: RecordedEvent[][] = [];
  const subscription = new EsdbSubscription(deps, options, async (batch) => void batches.push([...batch]));
  return { subscription, batches };
}

describe('EsdbSubscription', () => {
  it('delivers user events after the start in batches, skipping ESDB records and the start event itself', async () => {
    const records = [logRecord(1), logRecord(2), logRecord(3, '$stats-node'), logRecord(4, 'order-1', '$metadata'), logRecord(5), logRecord(6)];
    const log = fakeLog(records, { head: at(6) });
    const { subscription, batches } = subscribe(log.deps, { after: at(1), batchSize: 2 });
    await subscription.caughtUp();
    await subscription.stop();
    expect(log.state.subscribedWith?.fromPosition).toEqual(at(1));
    expect(batches.map((batch) => batch.map((event) => event.data['n']))).toEqual([[2, 5], [6]]);
    expect(subscription.position()).toEqual(at(6));
    expect(log.state.unsubscribed).toBe(true);
  });

  it('caughtUp waits for the newest stored event to be handled', async () => {
    const log = fakeLog([logRecord(1)], { head: at(2) });
    const { subscription } = subscribe(log.deps, {});
    let caughtUp = false;
    const waiting = subscription.caughtUp().then(() => (caughtUp = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(caughtUp).toBe(false);
    log.stream.write(logRecord(2));
    await waiting;
    expect(subscription.position()).toEqual(at(2));
    await subscription.stop();
  });

  it('resumes from its stored checkpoint and saves the last position of every handled batch', async () => {
    const log = fakeLog([logRecord(3), logRecord(4), logRecord(5)], { checkpoint: at(3), head: at(5) });
    const { subscription, batches } = subscribe(log.deps, { checkpointName: 'relay', batchSize: 1 });
    await subscription.caughtUp();
    await subscription.stop();
    expect(log.state.subscribedWith?.fromPosition).toEqual(at(3));
    expect(batches).toHaveLength(2);
    expect(log.state.saved).toEqual([at(4), at(5)]);
  });

  it('stops at a handler rejection: done rejects with that very error and nothing later is delivered', async () => {
    const log = fakeLog([logRecord(1), logRecord(2), logRecord(3)]);
    const poison = new Error('cannot handle 2');
    const seen: unknown[] = [];
    const subscription = new EsdbSubscription(log.deps, { batchSize: 1 }, async (batch) => {
      seen.push(batch[0]?.data['n']);
      if (batch[0]?.data['n'] === 2) throw poison;
    });
    await expect(subscription.done).rejects.toBe(poison);
    expect(seen).toEqual([1, 2]);
    expect(subscription.position()).toEqual(at(1));
    expect(log.state.unsubscribed).toBe(true);
  });

  it('rejects done with EventStoreUnavailable when the driver stream fails', async () => {
    const log = fakeLog([]);
    const { subscription } = subscribe(log.deps, {});
    log.stream.emit('error', new UnavailableError(undefined, 'connection lost'));
    await expect(subscription.done).rejects.toBeInstanceOf(EventStoreUnavailable);
    await expect(subscription.caughtUp()).rejects.toBeInstanceOf(EventStoreUnavailable);
  });

  it('stop lets the batch in flight finish, then resolves done', async () => {
    const log = fakeLog([logRecord(1)]);
    let release: () => void = () => undefined;
    let finished = false;
    const subscription = new EsdbSubscription(log.deps, {}, async () => {
      await new Promise<void>((resolve) => (release = resolve));
      finished = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const stopping = subscription.stop();
    release();
    await stopping;
    expect(finished).toBe(true);
    await expect(subscription.done).resolves.toBeUndefined();
  });
});
