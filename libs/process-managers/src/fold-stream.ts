import type { EventStore } from '@renkei/event-store';

/** A stream's current state through a context's own `evolve`. */
export async function foldStream<State, Event>(
  store: EventStore,
  streamId: string,
  evolve: (state: State, event: Event) => State,
  initialState: State,
): Promise<State> {
  const history = await store.readStream(streamId);
  return history.map((recorded) => ({ type: recorded.type, data: recorded.data }) as unknown as Event).reduce(evolve, initialState);
}
