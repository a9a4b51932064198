import { EventIdConflict, InvalidAppend, WrongExpectedRevision, comparePositions, type AppendResult, type EventStore } from '@renkei/event-store';
import { anEvent, events, uniqueStream } from './fixtures';

export function describeAppendConformance(store: () => EventStore): void {
  describe('appendToStream', () => {
    it('appends a batch to a new stream and returns the last revision and one increasing position per event', async () => {
      const stream = uniqueStream('new');
      const result = await store().appendToStream(stream, events(3), { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(2n);
      expect(result.positions).toHaveLength(3);
      expect(comparePositions(result.positions[0]!, result.positions[1]!)).toBeLessThan(0);
      expect(comparePositions(result.positions[1]!, result.positions[2]!)).toBeLessThan(0);
      const stored = await store().readStream(stream);
      expect(stored.map((event) => event.revision)).toEqual([0n, 1n, 2n]);
      expect(stored.map((event) => event.position)).toEqual(result.positions);
    });

    it('accepts an exact expected revision and refuses a stale one with expected and actual', async () => {
      const stream = uniqueStream('exact');
      await store().appendToStream(stream, events(2), { expectedRevision: 'no_stream' });
      const next = await store().appendToStream(stream, [anEvent()], { expectedRevision: 1n });
      expect(next.nextExpectedRevision).toBe(2n);
      const refusal = store().appendToStream(stream, [anEvent()], { expectedRevision: 1n });
      await expect(refusal).rejects.toBeInstanceOf(WrongExpectedRevision);
      await expect(refusal).rejects.toMatchObject({ streamId: stream, expected: 1n, actual: 2n });
      expect(await store().readStream(stream)).toHaveLength(3);
    });

    it('refuses no_stream on an existing stream and stream_exists or an exact revision on a missing one', async () => {
      const existing = uniqueStream('exists');
      await store().appendToStream(existing, [anEvent()], { expectedRevision: 'any' });
      await expect(store().appendToStream(existing, [anEvent()], { expectedRevision: 'no_stream' })).rejects.toMatchObject({
        code: 'EVENT_STORE.WRONG_EXPECTED_REVISION',
        expected: 'no_stream',
        actual: 0n,
      });
      const missing = uniqueStream('missing');
      await expect(store().appendToStream(missing, [anEvent()], { expectedRevision: 'stream_exists' })).rejects.toMatchObject({
        expected: 'stream_exists',
        actual: 'no_stream',
      });
      await expect(store().appendToStream(missing, [anEvent()], { expectedRevision: 0n })).rejects.toMatchObject({
        expected: 0n,
        actual: 'no_stream',
      });
      expect(await store().readStream(missing)).toEqual([]);
    });

    it('accepts any and stream_exists on an existing stream', async () => {
      const stream = uniqueStream('any');
      await store().appendToStream(stream, [anEvent()], { expectedRevision: 'any' });
      await store().appendToStream(stream, [anEvent()], { expectedRevision: 'any' });
      const result = await store().appendToStream(stream, [anEvent()], { expectedRevision: 'stream_exists' });
      expect(result.nextExpectedRevision).toBe(2n);
    });

    it('stores a retried append once and answers the retry with the original result, even when its expectation is now stale', async () => {
      const stream = uniqueStream('retry');
      const batch = events(2);
      const first = await store().appendToStream(stream, batch, { expectedRevision: 'no_stream' });
      const retry = await store().appendToStream(stream, batch, { expectedRevision: 'no_stream' });
      // An adapter that can tell says which call wrote (replayed false) and which did not (true).
      expect(first.replayed).not.toBe(true);
      expect(retry.replayed).not.toBe(false);
      const withoutReplayed = ({ replayed: _replayed, ...result }: AppendResult) => result;
      expect(withoutReplayed(retry)).toEqual(withoutReplayed(first));
      await store().appendToStream(stream, [anEvent()], { expectedRevision: 1n });
      expect(withoutReplayed(await store().appendToStream(stream, batch, { expectedRevision: 'no_stream' }))).toEqual(withoutReplayed(first));
      expect(await store().readStream(stream)).toHaveLength(3);
    });

    it('refuses a batch that reuses only some stored ids, or ids stored in another stream, and writes nothing', async () => {
      const stream = uniqueStream('partial');
      const stored = anEvent();
      await store().appendToStream(stream, [stored], { expectedRevision: 'no_stream' });
      await expect(store().appendToStream(stream, [stored, anEvent()], { expectedRevision: 'any' })).rejects.toBeInstanceOf(EventIdConflict);
      const other = uniqueStream('other');
      await expect(store().appendToStream(other, [stored], { expectedRevision: 'any' })).rejects.toBeInstanceOf(EventIdConflict);
      expect(await store().readStream(stream)).toHaveLength(1);
      expect(await store().readStream(other)).toEqual([]);
    });

    it('refuses an empty batch, a non-UUID id and a duplicate id within the batch with InvalidAppend', async () => {
      const stream = uniqueStream('invalid');
      await expect(store().appendToStream(stream, [], { expectedRevision: 'any' })).rejects.toBeInstanceOf(InvalidAppend);
      await expect(store().appendToStream(stream, [{ ...anEvent(), id: 'not-a-uuid' }], { expectedRevision: 'any' })).rejects.toThrow(
        /must be a UUID/,
      );
      const twice = anEvent();
      await expect(store().appendToStream(stream, [twice, twice], { expectedRevision: 'any' })).rejects.toThrow(/appears twice/);
      expect(await store().readStream(stream)).toEqual([]);
    });
  });
}
