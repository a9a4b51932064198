import {
  AccessDeniedError,
  DeadlineExceededError,
  InvalidArgumentError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  convertToCommandError,
} from '@eventstore/db-client';
import {
  EventStoreError,
  EventStoreUnavailable,
  InvalidAppend,
  WrongExpectedRevision,
  type ActualRevision,
  type ExpectedRevision,
} from '@renkei/event-store';

export interface EsdbErrorContext {
  readonly streamId: string;
  /** Set for appends: what the caller expected, exactly as it passed it to the port. */
  readonly expected?: ExpectedRevision;
}

// ESDB's legacy wire numbers for the symbolic expectations; they surface when the
// driver builds a WrongExpectedVersionError from gRPC trailers instead of a proto message.
const LEGACY_NO_STREAM = -1n;
const LEGACY_ANY = -2n;
const LEGACY_STREAM_EXISTS = -4n;

/** Converts whatever the ESDB driver threw into the port's error, so no driver type leaks to callers. */
export function mapEsdbError(thrown: unknown, context: EsdbErrorContext): EventStoreError {
  if (thrown instanceof EventStoreError) return thrown;
  const error = asDriverError(thrown);
  const stream = `stream "${context.streamId}"`;
  if (error instanceof WrongExpectedVersionError) {
    const expected = context.expected ?? fromDriverExpected(error.expectedVersion);
    return new WrongExpectedRevision(context.streamId, expected, fromDriverActual(error.actualVersion));
  }
  if (error instanceof StreamNotFoundError) {
    // Only an append that needed the stream to exist can be refused this way; reads turn it into [].
    const expected = context.expected;
    if (expected === 'stream_exists' || typeof expected === 'bigint') {
      return new WrongExpectedRevision(context.streamId, expected, 'no_stream');
    }
    return new EventStoreUnavailable(`${stream}: EventStoreDB reported the stream as not found`, { cause: thrown });
  }
  if (error instanceof MaxAppendSizeExceededError) {
    return new InvalidAppend(`${stream}: the append is larger than EventStoreDB's maximum of ${error.maxAppendSize} bytes`);
  }
  if (error instanceof InvalidArgumentError && context.expected !== undefined) {
    return new InvalidAppend(`${stream}: EventStoreDB refused the append: ${error.message}`);
  }
  if (error instanceof StreamDeletedError) {
    // The port has no deletion; a stream deleted behind its back can no longer be served.
    return new EventStoreUnavailable(`${stream} was deleted in EventStoreDB`, { cause: thrown });
  }
  if (error instanceof AccessDeniedError) {
    return new EventStoreUnavailable(`${stream}: access denied by EventStoreDB (check the connection string's credentials)`, { cause: thrown });
  }
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof NotLeaderError) {
    return new EventStoreUnavailable(`${stream}: EventStoreDB is unreachable (${describe(error)})`, { cause: thrown });
  }
  return new EventStoreUnavailable(`${stream}: EventStoreDB failed: ${describe(error)}`, { cause: thrown });
}

/**
 * Some driver paths (the server-capabilities probe before an append) reject with the raw gRPC
 * error; the driver's own converter gives it the class it would have had elsewhere.
 */
function asDriverError(thrown: unknown): unknown {
  if (!(thrown instanceof Error)) return thrown;
  try {
    return convertToCommandError(thrown);
  } catch {
    return thrown;
  }
}

function fromDriverExpected(expected: ExpectedRevision): ExpectedRevision {
  if (typeof expected !== 'bigint' || expected >= 0n) return expected;
  if (expected === LEGACY_NO_STREAM) return 'no_stream';
  if (expected === LEGACY_STREAM_EXISTS) return 'stream_exists';
  if (expected === LEGACY_ANY) return 'any';
  return expected;
}

function fromDriverActual(actual: ActualRevision): ActualRevision {
  return typeof actual === 'bigint' && actual < 0n ? 'no_stream' : actual;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.constructor.name;
  if (typeof error === 'object' && error !== null) {
    try {
      return JSON.stringify(error);
    } catch {
      return Object.prototype.toString.call(error);
    }
  }
  return String(error);
}
