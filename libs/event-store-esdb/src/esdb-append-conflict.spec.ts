import { randomUUID } from 'node:crypto';
import { UnavailableError, WrongExpectedVersionError, type AppendExpectedRevision, type CurrentRevision } from '@eventstore/db-client';
import { EventIdConflict, EventStoreUnavailable, WrongExpectedRevision, type EventToAppend, type RecordedEvent } from '@renkei/event-store';
import { checkReadBack, explainFailedAppend, type StreamWindowReader } from './esdb-append-conflict';

const STREAM = 'order-1';

function toAppend(): EventToAppend {
  return { id: randomUUID(), type: 'OrderPlaced', data: {} };
}

function stored(event: EventToAppend, revision: bigint): RecordedEvent {
  return {
    id: event.id,
    type: event.type,
    streamId: STREAM,
    revision,
    position: { commit: 100n + revision, prepare: 100n + revision },
    data: event.data,
    metadata: {},
    recordedAt: new Date(0),
  };
}

function refusal(expected: AppendExpectedRevision, current: CurrentRevision): WrongExpectedVersionError {
  return new WrongExpectedVersionError(undefined, { streamName: STREAM, expected, current });
}

/** A stream holding `events` from revision 0; records which windows were asked for. */
function streamHolding(events: readonly EventToAppend[]): { read: StreamWindowReader; asked: bigint[] } {
  const asked: bigint[] = [];
  const read: StreamWindowReader = async (_streamId, from, limit) => {
    asked.push(from);
    return events.map((event, index) => stored(event, BigInt(index))).slice(Number(from), Number(from) + limit);
  };
  return { read, asked };
}

describe('explainFailedAppend', () => {
  it('answers a retry ESDB no longer recognises with the batch already stored where it was aimed', async () => {
    const batch = [toAppend(), toAppend()];
    const { read, asked } = streamHolding([...batch, toAppend()]);
    const outcome = await explainFailedAppend(STREAM, batch, 'no_stream', refusal('no_stream', 2n), read);
    expect(asked).toEqual([0n]);
    expect(outcome).toEqual({ retryOf: [stored(batch[0]!, 0n), stored(batch[1]!, 1n)] });
  });

  it('looks right after an exact expected revision', async () => {
    const earlier = toAppend();
    const batch = [toAppend()];
    const { read, asked } = streamHolding([earlier, ...batch]);
    const outcome = await explainFailedAppend(STREAM, batch, 0n, refusal(0n, 1n), read);
    expect(asked).toEqual([1n]);
    expect(outcome).toEqual({ retryOf: [stored(batch[0]!, 1n)] });
  });

  it('is a concurrency conflict when other events took the revisions', async () => {
    const { read } = streamHolding([toAppend(), toAppend()]);
    const outcome = await explainFailedAppend(STREAM, [toAppend()], 0n, refusal(0n, 1n), read);
    expect('error' in outcome && outcome.error).toBeInstanceOf(WrongExpectedRevision);
    expect(outcome).toMatchObject({ error: { expected: 0n, actual: 1n } });
  });

  it('is an id conflict, naming the repeated ids, when the batch only partly matches what is stored', async () => {
    const repeated = toAppend();
    const { read } = streamHolding([repeated, toAppend()]);
    const outcome = await explainFailedAppend(STREAM, [repeated, toAppend()], 'no_stream', refusal('no_stream', 1n), read);
    expect('error' in outcome && outcome.error).toBeInstanceOf(EventIdConflict);
    expect(outcome).toMatchObject({ error: { eventIds: [repeated.id] } });
  });

  it('is an id conflict for any / stream_exists on an existing stream, where ESDB only refuses partial repeats', async () => {
    const batch = [toAppend(), toAppend()];
    const { read, asked } = streamHolding([batch[0]!]);
    for (const expected of ['any', 'stream_exists'] as const) {
      const outcome = await explainFailedAppend(STREAM, batch, expected, refusal(expected, 0n), read);
      expect(outcome).toMatchObject({ error: { code: 'EVENT_STORE.EVENT_ID_CONFLICT', eventIds: batch.map((event) => event.id) } });
    }
    expect(asked).toEqual([]);
  });

  it('is a failed expectation for stream_exists on a missing stream', async () => {
    const { read } = streamHolding([]);
    const outcome = await explainFailedAppend(STREAM, [toAppend()], 'stream_exists', refusal('stream_exists', 'no_stream'), read);
    expect(outcome).toMatchObject({ error: { expected: 'stream_exists', actual: 'no_stream' } });
  });

  it('maps other driver errors without reading the stream', async () => {
    const { read, asked } = streamHolding([]);
    const outcome = await explainFailedAppend(STREAM, [toAppend()], 0n, new UnavailableError(undefined, 'down'), read);
    expect('error' in outcome && outcome.error).toBeInstanceOf(EventStoreUnavailable);
    expect(asked).toEqual([]);
  });

  it('falls back to the concurrency error when the stream cannot be read', async () => {
    const failing: StreamWindowReader = () => Promise.reject(new EventStoreUnavailable('down'));
    const outcome = await explainFailedAppend(STREAM, [toAppend()], 3n, refusal(3n, 5n), failing);
    expect('error' in outcome && outcome.error).toBeInstanceOf(WrongExpectedRevision);
  });
});

describe('checkReadBack', () => {
  it('accepts the requested events at the reported revisions, whatever the id case', () => {
    const batch = [toAppend(), toAppend()];
    const upper = batch.map((event) => ({ ...event, id: event.id.toUpperCase() }));
    expect(() => checkReadBack(STREAM, upper, [stored(batch[0]!, 4n), stored(batch[1]!, 5n)])).not.toThrow();
  });

  it('refuses with the ids that are not where ESDB said they were', () => {
    const batch = [toAppend(), toAppend()];
    const check = () => checkReadBack(STREAM, batch, [stored(batch[0]!, 0n), stored(toAppend(), 1n)]);
    expect(check).toThrow(EventIdConflict);
    expect(check).toThrow(batch[1]!.id);
  });
});
