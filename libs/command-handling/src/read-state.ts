import type { EventStore, RecordedEvent } from '@renkei/event-store';

export interface StreamState<State> {
  readonly state: State;
  /** Revision of the stream's last event (the ETag of a read); undefined when the stream is empty. */
  readonly revision: bigint | undefined;
}

/** A stream's current state through a context's own `evolve`: what reads, lookups and process managers all need. */
export async function readState<State, Event>(
  store: EventStore,
  streamId: string,
  evolve: (state: State, event: Event) => State,
  initialState: State,
): Promise<StreamState<State>> {
  const history = await store.readStream(streamId);
  return { state: history.map((recorded) => asDomainEvent<Event>(recorded)).reduce(evolve, initialState), revision: history[history.length - 1]?.revision };
}

/** A stored event as its context's event union: type and data; upcasting is each `evolve`'s business. */
export function asDomainEvent<Event>(recorded: RecordedEvent): Event {
  return { type: recorded.type, data: recorded.data } as unknown as Event;
}
