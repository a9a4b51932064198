import { describeRevision, type ActualRevision, type ExpectedRevision } from './expected-revision';

/** Every failure an adapter reports to its callers; driver errors never leak past an adapter. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** Optimistic concurrency: the stream was not at the revision the caller expected. */
export class WrongExpectedRevision extends EventStoreError {
  readonly code = 'EVENT_STORE.WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: ActualRevision,
  ) {
    super(`stream "${streamId}": expected revision ${describeRevision(expected)}, actual ${describeRevision(actual)}`);
    this.name = 'WrongExpectedRevision';
  }
}

/**
 * Some, not all, of the ids in an append are already stored, or stored in another stream:
 * this is not a retry of an earlier append, so it can be neither skipped nor applied.
 */
export class EventIdConflict extends EventStoreError {
  readonly code = 'EVENT_STORE.EVENT_ID_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
  ) {
    super(`stream "${streamId}": event ids ${eventIds.join(', ')} are already stored elsewhere or only some of the batch is stored; an append retry must repeat the same events`);
    this.name = 'EventIdConflict';
  }
}

/** The request itself is malformed (empty batch, bad id, bad stream name). Nothing was written. */
export class InvalidAppend extends EventStoreError {
  readonly code = 'EVENT_STORE.INVALID_APPEND';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAppend';
  }
}

/** The store could not be reached or answered with an error the port does not model. */
export class EventStoreUnavailable extends EventStoreError {
  readonly code = 'EVENT_STORE.UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailable';
  }
}
