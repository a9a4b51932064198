import { randomUUID } from 'node:crypto';
import type { EventStore, GlobalPosition, RecordedEvent, Subscription } from '@renkei/event-store';
import { waitFor } from '@renkei/testing';
import { anEvent, events, markLogHead, readLogUntil, uniqueStream } from './fixtures';

/** Collects the events of some streams that a subscription delivers. */
function collect(store: EventStore, after: GlobalPosition, belongs: (event: RecordedEvent) => boolean, checkpointName?: string) {
  const received: RecordedEvent[] = [];
  const subscription: Subscription = store.subscribe(
    { after, ...(checkpointName ? { checkpointName } : {}), pollIntervalMs: 200, batchSize: 7 },
    async (batch) => {
      received.push(...batch.filter(belongs));
    },
  );
  const until = (count: number) => waitFor(`${count} events delivered`, async () => (received.length >= count ? received : undefined));
  return { received, subscription, until };
}

export function describeSubscriptionConformance(store: () => EventStore): void {
  describe('subscribe', () => {
    it('catches up on stored events, then delivers new ones live, in global order', async () => {
      const head = await markLogHead(store());
      const stream = uniqueStream('live');
      await store().appendToStream(stream, events(3), { expectedRevision: 'no_stream' });
      const { received, subscription, until } = collect(store(), head, (event) => event.streamId === stream);
      await until(3);
      await subscription.caughtUp();
      await store().appendToStream(stream, events(2), { expectedRevision: 2n });
      await until(5);
      await subscription.stop();
      expect(received.map((event) => event.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
    });

    it('stops with the handler error and delivers nothing after the failing batch', async () => {
      const head = await markLogHead(store());
      const stream = uniqueStream('poison');
      const delivered: string[] = [];
      const subscription = store().subscribe({ after: head, batchSize: 1, pollIntervalMs: 200 }, async (batch) => {
        for (const event of batch.filter((candidate) => candidate.streamId === stream)) {
          if (event.type === 'Poison') throw new Error('cannot handle poison');
          delivered.push(event.type);
        }
      });
      await store().appendToStream(stream, [anEvent('Fine'), anEvent('Poison'), anEvent('AfterPoison')], { expectedRevision: 'no_stream' });
      await expect(subscription.done).rejects.toThrow('cannot handle poison');
      expect(delivered).toEqual(['Fine']);
      expect(subscription.position()).not.toEqual(head);
    });

    it('does not move its named checkpoint past a batch whose handler failed', async () => {
      const head = await markLogHead(store());
      const stream = uniqueStream('unacknowledged');
      const name = `conformance-${randomUUID()}`;
      await store().appendToStream(stream, [anEvent('Fine')], { expectedRevision: 'no_stream' });
      const first = collect(store(), head, (event) => event.streamId === stream, name);
      await first.until(1);
      await first.subscription.caughtUp();
      await first.subscription.stop();
      const acknowledged = await store().readCheckpoint(name);

      await store().appendToStream(stream, [anEvent('Unpublishable')], { expectedRevision: 0n });
      const failing = store().subscribe({ checkpointName: name, pollIntervalMs: 200 }, async (batch) => {
        if (batch.some((event) => event.streamId === stream)) throw new Error('broker did not acknowledge');
      });
      await expect(failing.done).rejects.toThrow('broker did not acknowledge');
      expect(await store().readCheckpoint(name)).toEqual(acknowledged);
    });

    it('persists its checkpoint by name and resumes after it', async () => {
      const head = await markLogHead(store());
      const stream = uniqueStream('resume');
      const name = `conformance-${randomUUID()}`;
      await store().appendToStream(stream, events(2), { expectedRevision: 'no_stream' });
      const first = collect(store(), head, (event) => event.streamId === stream, name);
      await first.until(2);
      await first.subscription.caughtUp();
      await first.subscription.stop();
      const checkpoint = await store().readCheckpoint(name);
      expect(checkpoint).toEqual(first.subscription.position());

      await store().appendToStream(stream, events(2), { expectedRevision: 1n });
      const received: RecordedEvent[] = [];
      const second = store().subscribe({ checkpointName: name, pollIntervalMs: 200 }, async (batch) => {
        received.push(...batch.filter((event) => event.streamId === stream));
      });
      await waitFor('resumed delivery', async () => (received.length >= 2 ? true : undefined));
      await second.caughtUp();
      await second.stop();
      expect(received.map((event) => event.revision)).toEqual([2n, 3n]);
    });

    it('while many writers append, delivers every event exactly once in the order readAll reports', async () => {
      const head = await markLogHead(store());
      const streams = Array.from({ length: 8 }, (_, index) => uniqueStream(`sub-${index}`));
      const ours = (event: RecordedEvent) => streams.includes(event.streamId);
      const { received, subscription, until } = collect(store(), head, ours);
      await Promise.all(
        streams.map(async (stream) => {
          for (let append = 0; append < 10; append += 1) {
            await store().appendToStream(stream, [anEvent()], { expectedRevision: 'any' });
          }
        }),
      );
      await until(80);
      await subscription.caughtUp();
      await subscription.stop();
      const log = await readLogUntil(store(), head, ours, 80);
      expect(received.map((event) => event.id)).toEqual(log.map((event) => event.id));
      expect(new Set(received.map((event) => event.id)).size).toBe(80);
    });
  });
}
