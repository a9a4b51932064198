import {
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamNotFoundError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type CurrentRevision,
} from '@eventstore/db-client';
import { EventStoreUnavailable, InvalidAppend, WrongExpectedRevision } from '@renkei/event-store';
import { mapEsdbError } from './esdb-error-mapping';

/** The driver's own gRPC error type, named through the one constructor that takes nothing else. */
type ServiceError = ConstructorParameters<typeof NotLeaderError>[0];

/**
 * A gRPC failure as the driver receives it. Only `metadata.getMap()` is read by the driver's
 * constructors, so a stub of that is enough to run the real constructors without a server.
 */
function grpcFailure(trailers: Record<string, string>, message = 'server said no'): ServiceError {
  return { message, code: 9, details: message, metadata: { getMap: () => trailers } } as unknown as ServiceError;
}

function wrongExpectedVersion(expected: AppendExpectedRevision, current: CurrentRevision): WrongExpectedVersionError {
  return new WrongExpectedVersionError(undefined, { streamName: 'order-1', expected, current });
}

describe('mapEsdbError', () => {
  describe('WrongExpectedVersionError', () => {
    it('becomes WrongExpectedRevision with the caller expectation and the numeric actual revision', () => {
      const mapped = mapEsdbError(wrongExpectedVersion(1n, 2n), { streamId: 'order-1', expected: 1n });
      expect(mapped).toBeInstanceOf(WrongExpectedRevision);
      expect(mapped).toMatchObject({ code: 'EVENT_STORE.WRONG_EXPECTED_REVISION', streamId: 'order-1', expected: 1n, actual: 2n });
      expect(mapped.message).toBe('stream "order-1": expected revision 1, actual 2');
    });

    it('reports a missing stream as actual no_stream', () => {
      const mapped = mapEsdbError(wrongExpectedVersion(0n, 'no_stream'), { streamId: 'order-1', expected: 0n });
      expect(mapped).toMatchObject({ expected: 0n, actual: 'no_stream' });
    });

    it.each<[AppendExpectedRevision, CurrentRevision]>([
      ['stream_exists', 'no_stream'],
      ['no_stream', 4n],
      ['any', 7n],
    ])('keeps a symbolic expectation (%s) when only the driver knows it', (expected, current) => {
      const mapped = mapEsdbError(wrongExpectedVersion(expected, current), { streamId: 'order-1' });
      expect(mapped).toBeInstanceOf(WrongExpectedRevision);
      expect(mapped).toMatchObject({ expected, actual: current });
    });

    it.each([
      ['-1', 'no_stream'],
      ['-2', 'any'],
      ['-4', 'stream_exists'],
    ])('translates the wire number %s from gRPC trailers back to %s', (wire, expected) => {
      const error = new WrongExpectedVersionError(grpcFailure({ 'stream-name': 'order-1', 'expected-version': wire, 'actual-version': '3' }));
      expect(mapEsdbError(error, { streamId: 'order-1' })).toMatchObject({ expected, actual: 3n });
    });

    it('reads a trailer without an actual version as no_stream and prefers the caller expectation', () => {
      const error = new WrongExpectedVersionError(grpcFailure({ 'stream-name': 'order-1', 'expected-version': '5' }));
      expect(mapEsdbError(error, { streamId: 'order-1', expected: 5n })).toMatchObject({ expected: 5n, actual: 'no_stream' });
    });
  });

  describe('StreamNotFoundError', () => {
    it('is a failed expectation when the append needed the stream to exist', () => {
      const mapped = mapEsdbError(new StreamNotFoundError(undefined, 'order-1'), { streamId: 'order-1', expected: 'stream_exists' });
      expect(mapped).toBeInstanceOf(WrongExpectedRevision);
      expect(mapped).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
    });

    it('is the store failing when nothing was expected of the stream', () => {
      const error = new StreamNotFoundError(undefined, 'order-1');
      const mapped = mapEsdbError(error, { streamId: 'order-1' });
      expect(mapped).toBeInstanceOf(EventStoreUnavailable);
      expect(mapped.cause).toBe(error);
    });
  });

  describe('unreachable server', () => {
    it.each([
      ['UnavailableError', new UnavailableError(grpcFailure({}, '14 UNAVAILABLE: No connection established'))],
      ['DeadlineExceededError', new DeadlineExceededError(undefined, 'deadline exceeded')],
      ['NotLeaderError', new NotLeaderError(grpcFailure({ 'leader-endpoint-host': 'node-2', 'leader-endpoint-port': '2113' }))],
      // What the append path rejects with when its server-capabilities probe cannot connect.
      ['a raw gRPC UNAVAILABLE', Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14, details: 'No connection established' })],
    ])('%s becomes EventStoreUnavailable carrying the driver error as cause', (_name, error) => {
      const mapped = mapEsdbError(error, { streamId: 'order-1', expected: 'any' });
      expect(mapped).toBeInstanceOf(EventStoreUnavailable);
      expect(mapped.code).toBe('EVENT_STORE.UNAVAILABLE');
      expect(mapped.cause).toBe(error);
      expect(mapped.message).toContain('unreachable');
    });
  });

  it('refuses an oversized append as InvalidAppend, naming the limit', () => {
    const mapped = mapEsdbError(MaxAppendSizeExceededError.fromMaxAppendSize(1048576), { streamId: 'order-1', expected: 'any' });
    expect(mapped).toBeInstanceOf(InvalidAppend);
    expect(mapped.message).toContain('1048576');
  });

  it.each([
    ['a plain Error', new Error('socket hang up'), 'socket hang up'],
    ['a driver UnknownError', new UnknownError(undefined, 'Could not recognize boom'), 'Could not recognize boom'],
  ])('wraps %s in EventStoreUnavailable with its message and cause', (_name, error, text) => {
    const mapped = mapEsdbError(error, { streamId: '$all' });
    expect(mapped).toBeInstanceOf(EventStoreUnavailable);
    expect(mapped.message).toContain(text);
    expect(mapped.cause).toBe(error);
  });

  it.each<[string, unknown, string]>([
    ['a string', 'connection refused', 'connection refused'],
    ['a bigint', 42n, '42'],
    ['undefined', undefined, 'undefined'],
    ['an object', { reason: 'quota' }, '{"reason":"quota"}'],
  ])('wraps a thrown non-Error (%s) without throwing itself', (_name, value, text) => {
    const mapped = mapEsdbError(value, { streamId: 'order-1' });
    expect(mapped).toBeInstanceOf(EventStoreUnavailable);
    expect(mapped.message).toContain(text);
    expect(mapped.cause).toBe(value);
  });

  it('describes an object that cannot be serialised instead of failing on it', () => {
    const circular: { self?: unknown } = {};
    circular.self = circular;
    expect(mapEsdbError(circular, { streamId: 'order-1' }).message).toContain('[object Object]');
  });

  it('passes a port error through unchanged', () => {
    const portError = new InvalidAppend('stream "order-1": events must hold at least one event');
    expect(mapEsdbError(portError, { streamId: 'order-1' })).toBe(portError);
  });
});
