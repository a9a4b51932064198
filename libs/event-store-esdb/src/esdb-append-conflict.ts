import { WrongExpectedVersionError } from '@eventstore/db-client';
import { EventIdConflict, type EventStoreError, type EventToAppend, type ExpectedRevision, type RecordedEvent } from '@renkei/event-store';
import { mapEsdbError } from './esdb-error-mapping';

/** Reads `limit` events of a stream forwards from `fromRevision`; [] when the stream does not exist. */
export type StreamWindowReader = (streamId: string, fromRevision: bigint, limit: number) => Promise<RecordedEvent[]>;

/** A refused append is either a retry of a batch already stored where it was aimed, or an error. */
export type FailedAppend = { readonly retryOf: RecordedEvent[] } | { readonly error: EventStoreError };

/**
 * ESDB answers WrongExpectedVersion both to a real concurrency conflict and to a batch whose
 * ids only partly match what is stored ("corrupted idempotency"). It also forgets old writes
 * (its idempotency check uses a cache), so a late retry looks like a conflict too. The port
 * tells the three apart, so on that error we look at where the batch would have landed.
 */
export async function explainFailedAppend(
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  error: unknown,
  readWindow: StreamWindowReader,
): Promise<FailedAppend> {
  const mapped = mapEsdbError(error, { streamId, expected });
  if (!(error instanceof WrongExpectedVersionError)) return { error: mapped };
  if (expected === 'any' || expected === 'stream_exists') {
    // Without a revision to check, ESDB only refuses an existing stream's batch whose ids partly match recent writes.
    return error.actualVersion === 'no_stream' ? { error: mapped } : { error: new EventIdConflict(streamId, events.map((event) => event.id)) };
  }
  const from = expected === 'no_stream' ? 0n : expected + 1n;
  let stored: RecordedEvent[];
  try {
    stored = await readWindow(streamId, from, events.length);
  } catch {
    return { error: mapped };
  }
  if (sameIds(events, stored)) return { retryOf: stored };
  const requested = new Set(events.map((event) => event.id.toLowerCase()));
  const repeated = stored.filter((event) => requested.has(event.id.toLowerCase())).map((event) => event.id);
  return { error: repeated.length > 0 ? new EventIdConflict(streamId, repeated) : mapped };
}

/**
 * An accepted append is either new or an idempotent repeat; either way the events at the
 * reported revisions must be the requested ones, or the ids collided with other events.
 */
export function checkReadBack(streamId: string, events: readonly EventToAppend[], stored: readonly RecordedEvent[]): void {
  if (!sameIds(events, stored)) {
    const mismatched = events.filter((event, index) => stored[index]?.id.toLowerCase() !== event.id.toLowerCase());
    throw new EventIdConflict(streamId, mismatched.map((event) => event.id));
  }
}

function sameIds(events: readonly EventToAppend[], stored: readonly RecordedEvent[]): boolean {
  return stored.length === events.length && events.every((event, index) => stored[index]?.id.toLowerCase() === event.id.toLowerCase());
}
