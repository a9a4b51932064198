import { WrongExpectedRevision, type EventStore, type RecordedEvent } from '@renkei/event-store';
import { anEvent, events, markLogHead, readLogUntil, uniqueStream } from './fixtures';

export function describeConcurrencyConformance(store: () => EventStore): void {
  describe('concurrency', () => {
    it('16 writers racing with exact expected revisions: each revision written once, every loser gets WrongExpectedRevision', async () => {
      const stream = uniqueStream('race');
      const writers = 16;
      const rounds = 8;
      let losses = 0;
      let wins = 0;
      // In each round every writer believes the stream is at the same revision; exactly one can be right.
      for (let round = 0; round < rounds; round += 1) {
        const expected = round === 0 ? ('no_stream' as const) : BigInt(round - 1);
        const outcomes = await Promise.allSettled(
          Array.from({ length: writers }, (_, writer) =>
            store().appendToStream(stream, [anEvent('Raced', { round, writer })], { expectedRevision: expected }),
          ),
        );
        for (const outcome of outcomes) {
          if (outcome.status === 'fulfilled') {
            wins += 1;
            expect(outcome.value.nextExpectedRevision).toBe(BigInt(round));
          } else {
            losses += 1;
            expect(outcome.reason).toBeInstanceOf(WrongExpectedRevision);
            expect((outcome.reason as WrongExpectedRevision).actual).toBe(BigInt(round));
          }
        }
      }
      expect(wins).toBe(rounds);
      expect(losses).toBe(rounds * (writers - 1));
      const stored = await store().readStream(stream);
      expect(stored.map((event) => event.revision)).toEqual(Array.from({ length: rounds }, (_, index) => BigInt(index)));
      expect(stored.map((event) => event.data['round'])).toEqual(Array.from({ length: rounds }, (_, index) => index));
    });

    it('concurrent appends to many streams: the global log holds each event once, each stream in revision order', async () => {
      const head = await markLogHead(store());
      const streams = Array.from({ length: 12 }, (_, index) => uniqueStream(`many-${index}`));
      const shared = uniqueStream('shared');
      const appendsPerWriter = 6;
      await Promise.all(
        streams.map(async (stream) => {
          for (let append = 0; append < appendsPerWriter; append += 1) {
            await store().appendToStream(stream, events(2), { expectedRevision: append === 0 ? 'no_stream' : BigInt(append * 2 - 1) });
            await store().appendToStream(shared, [anEvent()], { expectedRevision: 'any' });
          }
        }),
      );
      const ours = new Set([...streams, shared]);
      const total = streams.length * appendsPerWriter * 3;
      const log = await readLogUntil(store(), head, (event) => ours.has(event.streamId), total, 50);
      expect(log).toHaveLength(total);
      expect(new Set(log.map((event) => event.id)).size).toBe(total);
      const byStream = new Map<string, RecordedEvent[]>();
      for (const event of log) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
      for (const [, streamEvents] of byStream) {
        expect(streamEvents.map((event) => event.revision)).toEqual(streamEvents.map((_, index) => BigInt(index)));
      }
    });
  });
}
