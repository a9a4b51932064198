import { comparePositions, type EventStore } from '@renkei/event-store';
import { anEvent, events, markLogHead, readLogUntil, uniqueStream } from './fixtures';

export function describeReadConformance(store: () => EventStore): void {
  describe('readStream', () => {
    it('reads forwards from a revision, backwards from a revision, with a limit, and [] for a missing stream', async () => {
      const stream = uniqueStream('read');
      await store().appendToStream(stream, events(5), { expectedRevision: 'no_stream' });
      const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
        (await store().readStream(stream, options)).map((event) => event.revision);
      expect(await revisions({})).toEqual([0n, 1n, 2n, 3n, 4n]);
      expect(await revisions({ fromRevision: 2n, limit: 2 })).toEqual([2n, 3n]);
      expect(await revisions({ direction: 'backwards', limit: 2 })).toEqual([4n, 3n]);
      expect(await revisions({ direction: 'backwards', fromRevision: 1n })).toEqual([1n, 0n]);
      expect(await store().readStream(uniqueStream('never-written'))).toEqual([]);
    });

    it('gives back type, data, metadata, stream and a recording time exactly as appended', async () => {
      const stream = uniqueStream('roundtrip');
      const event = { ...anEvent('ProgressReported'), data: { qtyGood: 40, note: '検査OK', nested: { ok: true, list: [1, null] } } };
      const before = Date.now();
      await store().appendToStream(stream, [event], { expectedRevision: 'no_stream' });
      const [stored] = await store().readStream(stream);
      expect(stored).toMatchObject({ id: event.id, type: 'ProgressReported', streamId: stream, data: event.data, metadata: event.metadata });
      expect(stored!.recordedAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
    });
  });

  describe('readAll', () => {
    it('returns every event after a position once, in one order, page by page', async () => {
      const head = await markLogHead(store());
      const streams = [uniqueStream('all-a'), uniqueStream('all-b')];
      for (let round = 0; round < 3; round += 1) {
        for (const stream of streams) await store().appendToStream(stream, events(2), { expectedRevision: 'any' });
      }
      const mine = await readLogUntil(store(), head, (event) => streams.includes(event.streamId), 12, 5);
      expect(mine).toHaveLength(12);
      expect(new Set(mine.map((event) => event.id)).size).toBe(12);
      for (let index = 1; index < mine.length; index += 1) {
        expect(comparePositions(mine[index - 1]!.position, mine[index]!.position)).toBeLessThan(0);
      }
      expect(mine.filter((event) => event.streamId === streams[0]).map((event) => event.revision)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
    });

    it('respects the limit and reads strictly after the given position', async () => {
      const head = await markLogHead(store());
      const stream = uniqueStream('limit');
      await store().appendToStream(stream, events(4), { expectedRevision: 'no_stream' });
      const all = await readLogUntil(store(), head, (event) => event.streamId === stream, 4);
      const afterSecond = await store().readAll({ after: all[1]!.position, limit: 1 });
      expect(afterSecond).toHaveLength(1);
      expect(afterSecond[0]!.id).toBe(all[2]!.id);
    });
  });
}
