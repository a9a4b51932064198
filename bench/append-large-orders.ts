import type { EventEnvelope } from '@renkei/contracts';
import type { EventStore, JsonObject } from '@renkei/event-store';

/**
 * Appends generated events stream by stream, in the order they were generated (a BOM before the
 * order naming it, a purchase order before its work items): each run of consecutive events of one
 * stream is one append, expecting the revision before it.
 */
export async function appendInOrder(store: EventStore, events: readonly EventEnvelope[]): Promise<void> {
  for (let start = 0; start < events.length; ) {
    const first = events[start] as EventEnvelope;
    let end = start + 1;
    while (end < events.length && events[end]?.streamId === first.streamId) end += 1;
    await store.appendToStream(
      first.streamId,
      events.slice(start, end).map((event) => ({
        id: event.id,
        type: event.type,
        data: event.data as JsonObject,
        metadata: { schemaVersion: event.schemaVersion },
      })),
      { expectedRevision: first.revision === 0n ? 'no_stream' : first.revision - 1n },
    );
    start = end;
  }
}
