import type { EventStore } from '@renkei/event-store';
import type { Decider } from './decider';

/** A request this stream has already recorded: enough to answer its retry. */
export interface RecordedRequest<Event> {
  readonly fingerprint: string;
  readonly revision: bigint;
  readonly eventIds: readonly string[];
  readonly events: readonly Event[];
}

/** What this process last knew of one stream, as of `revision`. Never mutated: replaced. */
export interface LastKnownState<Event, State> {
  readonly revision: bigint;
  readonly state: State;
  /** By idempotency name. */
  readonly requests: ReadonlyMap<string, RecordedRequest<Event>>;
}

/** Enough for the busiest streams of a consortium; a forgotten stream is simply read again. */
const STREAMS_REMEMBERED_PER_DECIDER = 10_000;

/**
 * The last state this process saw of each stream, per store and decider, so that a
 * command can be decided without reading the stream first. It is only ever a hint:
 * an append on it carries the remembered revision as its expectation, so a stream
 * that moved on (another replica, a process manager elsewhere) is refused by the
 * store and the command is decided again on what the store holds.
 */
export class LastKnownStates<Event, State> {
  private readonly streams = new Map<string, LastKnownState<Event, State>>();

  get(streamId: string): LastKnownState<Event, State> | undefined {
    const known = this.streams.get(streamId);
    if (known !== undefined) {
      // Map order is insertion order: re-inserting marks the stream as recently used.
      this.streams.delete(streamId);
      this.streams.set(streamId, known);
    }
    return known;
  }

  /** Keeps the newer of what is remembered and `known`: concurrent commands may finish out of order. */
  remember(streamId: string, known: LastKnownState<Event, State>): void {
    const current = this.streams.get(streamId);
    if (current !== undefined && current.revision >= known.revision) return;
    this.streams.delete(streamId);
    this.streams.set(streamId, known);
    if (this.streams.size > STREAMS_REMEMBERED_PER_DECIDER) this.streams.delete(this.streams.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.streams.delete(streamId);
  }
}

// Keyed by the store instance and the decider's `evolve` (a state is what `evolve` made of the
// events), so two stores (schemas, tests) or two contexts never share a state, while deciders that
// wrap a context's `decide` with an extra rule still share its states. Weak keys: nothing leaks.
const byStore = new WeakMap<EventStore, WeakMap<object, LastKnownStates<unknown, unknown>>>();

export function lastKnownStates<Command, Event, State>(store: EventStore, decider: Decider<Command, Event, State>): LastKnownStates<Event, State> {
  let byEvolve = byStore.get(store);
  if (byEvolve === undefined) byStore.set(store, (byEvolve = new WeakMap()));
  let states = byEvolve.get(decider.evolve);
  if (states === undefined) byEvolve.set(decider.evolve, (states = new LastKnownStates()));
  return states as LastKnownStates<Event, State>;
}
