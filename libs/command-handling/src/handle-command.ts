import { createHash } from 'node:crypto';
import { EventIdConflict, WrongExpectedRevision, type EventStore, type JsonObject, type RecordedEvent } from '@renkei/event-store';
import { IdempotencyKeyReused, PreconditionFailed, StreamBusy } from './command-errors';
import type { Decider, DomainEvent } from './decider';
import { nameBasedUuid } from './name-based-uuid';
import { asDomainEvent } from './read-state';

export interface CommandRequest {
  /** Scoped by the caller: `<companyId>/<Idempotency-Key>`, or `<process manager>/<event id>`. */
  readonly idempotencyName: string;
  /** Same target and body → same fingerprint (see `fingerprintRequest`). */
  readonly fingerprint: string;
  /** The revision the caller saw (If-Match); absent means "whatever is current". */
  readonly ifMatch?: bigint;
  /** Stored with every event: who, trace… */
  readonly metadata: JsonObject;
  /** The contract version each event type is written in (default 1); consumers read it as `schemaVersion`. */
  readonly schemaVersionOf?: (eventType: string) => number;
}

export interface CommandOutcome<Event> {
  readonly streamId: string;
  readonly revision: bigint;
  readonly eventIds: readonly string[];
  readonly events: readonly Event[];
  /** True when this answers a retry of a request already applied. */
  readonly replayed: boolean;
}

const MAX_CONFLICT_RETRIES = 3;

/**
 * read → decide → append with the expected revision (STYLE.md §7). Event ids
 * derive from the idempotency name and the request fingerprint, so a retry
 * appends nothing and gets the first answer, and two different requests racing
 * with one key cannot both be told they were recorded.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  request: CommandRequest,
  toDomainEvent: (recorded: RecordedEvent) => Event = asDomainEvent,
): Promise<CommandOutcome<Event>> {
  const eventId = (index: number) => nameBasedUuid(`${request.idempotencyName}/${request.fingerprint}/${index}`);
  for (let attempt = 0; ; attempt += 1) {
    const history = await store.readStream(streamId);
    const earlier = history.filter((event) => event.metadata['idempotencyName'] === request.idempotencyName);
    if (earlier.length > 0) {
      if (earlier.some((event) => event.metadata['requestFingerprint'] !== request.fingerprint)) throw new IdempotencyKeyReused();
      return {
        streamId,
        revision: (earlier[earlier.length - 1] as RecordedEvent).revision,
        eventIds: earlier.map((event) => event.id),
        events: earlier.map(toDomainEvent),
        replayed: true,
      };
    }
    const last = history[history.length - 1];
    const state = history.map(toDomainEvent).reduce(decider.evolve, decider.initialState);
    // The domain decides first: its authorization refuses outsiders before a 412 could tell them the revision.
    const events = decider.decide(command, state);
    if (request.ifMatch !== undefined && last?.revision !== request.ifMatch) {
      throw new PreconditionFailed(streamId, request.ifMatch, last?.revision ?? 'no_stream');
    }
    if (events.length === 0) {
      // Nothing to record (an idempotent no-op of the domain): answer with the current revision.
      return { streamId, revision: last?.revision ?? -1n, eventIds: [], events, replayed: false };
    }
    try {
      const result = await store.appendToStream(
        streamId,
        events.map((event, index) => ({
          id: eventId(index),
          type: event.type,
          data: event.data as JsonObject,
          metadata: {
            ...request.metadata,
            schemaVersion: request.schemaVersionOf?.(event.type) ?? 1,
            idempotencyName: request.idempotencyName,
            requestFingerprint: request.fingerprint,
          },
        })),
        { expectedRevision: last === undefined ? 'no_stream' : last.revision },
      );
      return { streamId, revision: result.nextExpectedRevision, eventIds: events.map((_, index) => eventId(index)), events, replayed: false };
    } catch (error) {
      if (error instanceof WrongExpectedRevision) {
        // Someone wrote in between: decide again on fresh state (and notice a racing retry of ours).
        if (attempt < MAX_CONFLICT_RETRIES && request.ifMatch === undefined) continue;
        if (request.ifMatch !== undefined) throw new PreconditionFailed(streamId, request.ifMatch, error.actual);
        throw new StreamBusy(streamId, attempt + 1);
      }
      if (error instanceof EventIdConflict) throw new IdempotencyKeyReused();
      throw error;
    }
  }
}

/** Same target and same body → same fingerprint; key order in the JSON body does not matter. */
export function fingerprintRequest(target: string, body: unknown): string {
  return createHash('sha256').update(target).update('\n').update(canonicalJson(body)).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
