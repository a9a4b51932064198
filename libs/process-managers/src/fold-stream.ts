import { readState } from '@renkei/command-handling';
import type { EventStore } from '@renkei/event-store';

/** A stream's current state through a context's own `evolve` (the revision is not needed here). */
export async function foldStream<State, Event>(
  store: EventStore,
  streamId: string,
  evolve: (state: State, event: Event) => State,
  initialState: State,
): Promise<State> {
  return (await readState(store, streamId, evolve, initialState)).state;
}
