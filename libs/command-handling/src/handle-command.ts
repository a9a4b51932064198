import { createHash } from 'node:crypto';
import {
  EventIdConflict,
  WrongExpectedRevision,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type JsonObject,
  type RecordedEvent,
} from '@renkei/event-store';
import { IdempotencyKeyReused, PreconditionFailed, StreamBusy } from './command-errors';
import type { Decider, DomainEvent } from './decider';
import { nameBasedUuid } from './name-based-uuid';
import { lastKnownStates, type LastKnownState, type LastKnownStates, type RecordedRequest } from './last-known-state';
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
 *
 * The read is skipped when this process remembers the stream (`LastKnownStates`):
 * the command is decided on what it remembers and appended with that revision as
 * the expectation. Only an append the store accepted is trusted that way; a refusal,
 * a no-op, an If-Match or any surprise from the store is decided again on a fresh read.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  request: CommandRequest,
): Promise<CommandOutcome<Event>> {
  const handling = { store, streamId, decider, command, request, states: lastKnownStates(store, decider) };
  const known = handling.states.get(streamId);
  if (known !== undefined) {
    const outcome = await decideOnLastKnownState(handling, known);
    if (outcome !== undefined) return outcome;
  }
  return decideOnStoredState(handling);
}

/** One command on its way through: where it goes, what decides it, and what this process remembers. */
interface Handling<Command, Event extends DomainEvent, State> {
  readonly store: EventStore;
  readonly streamId: string;
  readonly decider: Decider<Command, Event, State>;
  readonly command: Command;
  readonly request: CommandRequest;
  readonly states: LastKnownStates<Event, State>;
}

/** The fast path: undefined means "not sure, read the stream". */
async function decideOnLastKnownState<Command, Event extends DomainEvent, State>(
  { store, streamId, decider, command, request, states }: Handling<Command, Event, State>,
  known: LastKnownState<Event, State>,
): Promise<CommandOutcome<Event> | undefined> {
  // Recorded events never change: a remembered request is answered from memory.
  const earlier = known.requests.get(request.idempotencyName);
  if (earlier !== undefined) return replayOf(streamId, earlier, request);
  if (request.ifMatch !== undefined && request.ifMatch !== known.revision) return undefined;
  let events: Event[];
  try {
    events = decider.decide(command, known.state);
  } catch {
    return undefined; // a refusal may rest on an old state: the stored one decides
  }
  if (events.length === 0) return undefined;
  const eventIds = eventIdsOf(request, events.length);
  let result: AppendResult;
  try {
    result = await store.appendToStream(streamId, toAppend(events, eventIds, request), { expectedRevision: known.revision });
  } catch (error) {
    if (!(error instanceof WrongExpectedRevision) && !(error instanceof EventIdConflict)) throw error;
    states.forget(streamId);
    return undefined;
  }
  if (result.replayed !== false) {
    // Written before by a request this process did not see (another replica): the stored answer counts.
    states.forget(streamId);
    return undefined;
  }
  states.remember(streamId, afterAppend(known, decider, events, eventIds, request, result.nextExpectedRevision));
  return { streamId, revision: result.nextExpectedRevision, eventIds, events, replayed: false };
}

async function decideOnStoredState<Command, Event extends DomainEvent, State>({
  store,
  streamId,
  decider,
  command,
  request,
  states,
}: Handling<Command, Event, State>): Promise<CommandOutcome<Event>> {
  for (let attempt = 0; ; attempt += 1) {
    const history = await store.readStream(streamId);
    const known = history.length === 0 ? undefined : knownStateOf(history, decider);
    if (known !== undefined) states.remember(streamId, known);
    const earlier = known?.requests.get(request.idempotencyName);
    if (earlier !== undefined) return replayOf(streamId, earlier, request);
    // The domain decides first: its authorization refuses outsiders before a 412 could tell them the revision.
    const events = decider.decide(command, known?.state ?? decider.initialState);
    if (request.ifMatch !== undefined && known?.revision !== request.ifMatch) {
      throw new PreconditionFailed(streamId, request.ifMatch, known?.revision ?? 'no_stream');
    }
    if (events.length === 0) {
      // Nothing to record (an idempotent no-op of the domain): answer with the current revision.
      return { streamId, revision: known?.revision ?? -1n, eventIds: [], events, replayed: false };
    }
    try {
      const eventIds = eventIdsOf(request, events.length);
      const result = await store.appendToStream(streamId, toAppend(events, eventIds, request), {
        expectedRevision: known === undefined ? 'no_stream' : known.revision,
      });
      if (result.replayed !== true) {
        const before = known ?? { revision: -1n, state: decider.initialState, requests: new Map() };
        states.remember(streamId, afterAppend(before, decider, events, eventIds, request, result.nextExpectedRevision));
      }
      return { streamId, revision: result.nextExpectedRevision, eventIds, events, replayed: false };
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

function eventIdsOf(request: CommandRequest, count: number): string[] {
  return Array.from({ length: count }, (_, index) => nameBasedUuid(`${request.idempotencyName}/${request.fingerprint}/${index}`));
}

function toAppend(events: readonly DomainEvent[], ids: readonly string[], request: CommandRequest): EventToAppend[] {
  return events.map((event, index) => ({
    id: ids[index] as string,
    type: event.type,
    data: event.data as JsonObject,
    metadata: {
      ...request.metadata,
      schemaVersion: request.schemaVersionOf?.(event.type) ?? 1,
      idempotencyName: request.idempotencyName,
      requestFingerprint: request.fingerprint,
    },
  }));
}

function replayOf<Event>(streamId: string, earlier: RecordedRequest<Event>, request: CommandRequest): CommandOutcome<Event> {
  if (earlier.fingerprint !== request.fingerprint) throw new IdempotencyKeyReused();
  return { streamId, revision: earlier.revision, eventIds: earlier.eventIds, events: earlier.events, replayed: true };
}

/** A stream's history as state plus the requests it recorded. */
function knownStateOf<Event, State>(history: readonly RecordedEvent[], decider: Decider<unknown, Event, State>): LastKnownState<Event, State> {
  const requests = new Map<string, RecordedRequest<Event>>();
  let state = decider.initialState;
  for (const recorded of history) {
    const event = asDomainEvent<Event>(recorded);
    state = decider.evolve(state, event);
    const name = recorded.metadata['idempotencyName'];
    if (typeof name !== 'string') continue;
    const fingerprint = String(recorded.metadata['requestFingerprint']);
    const before = requests.get(name);
    requests.set(name, {
      // Two fingerprints under one name cannot both have been recorded; if they were, no retry matches.
      fingerprint: before === undefined || before.fingerprint === fingerprint ? fingerprint : '',
      revision: recorded.revision,
      eventIds: [...(before?.eventIds ?? []), recorded.id],
      events: [...(before?.events ?? []), event],
    });
  }
  return { revision: (history[history.length - 1] as RecordedEvent).revision, state, requests };
}

/** What an accepted append adds to a remembered state; data goes through JSON as the store keeps it. */
function afterAppend<Event extends DomainEvent, State>(
  known: LastKnownState<Event, State>,
  decider: Decider<unknown, Event, State>,
  events: readonly Event[],
  eventIds: readonly string[],
  request: CommandRequest,
  revision: bigint,
): LastKnownState<Event, State> {
  const asStored = events.map((event) => ({ type: event.type, data: JSON.parse(JSON.stringify(event.data)) as object }) as Event);
  const requests = new Map(known.requests);
  requests.set(request.idempotencyName, { fingerprint: request.fingerprint, revision, eventIds, events: asStored });
  return { revision, state: asStored.reduce(decider.evolve, known.state), requests };
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
