import { randomUUID } from 'node:crypto';
import { formatPosition, type EventStore, type EventToAppend, type GlobalPosition, type RecordedEvent } from '@renkei/event-store';
import { waitFor } from '@renkei/testing';

export function anEvent(type = 'ThingHappened', data: Record<string, string | number> = {}): EventToAppend {
  return { id: randomUUID(), type, data: { ...data }, metadata: { correlationId: 'conformance' } };
}

export function events(count: number, type = 'ThingHappened'): EventToAppend[] {
  return Array.from({ length: count }, (_, index) => anEvent(type, { index }));
}

let streamCounter = 0;
/** Stream ids unique across runs, so the suite also works against a shared server. */
export function uniqueStream(label: string): string {
  streamCounter += 1;
  return `conf-${label}-${randomUUID().slice(0, 8)}-${streamCounter}`;
}

/** A position at the current end of the log: events appended after it are this test's. */
export async function markLogHead(store: EventStore): Promise<GlobalPosition> {
  const result = await store.appendToStream(uniqueStream('marker'), [anEvent('Marker')], { expectedRevision: 'no_stream' });
  return result.positions[0] as GlobalPosition;
}

/** The global log after `after`, read page by page until `expected` events of `belongs` are visible. */
export async function readLogUntil(
  store: EventStore,
  after: GlobalPosition,
  belongs: (event: RecordedEvent) => boolean,
  expected: number,
  pageSize = 100,
): Promise<RecordedEvent[]> {
  let lastPass = '';
  try {
    return await waitFor(`${expected} events in the global log`, async () => {
      const seen: RecordedEvent[] = [];
      let position = after;
      let pages = 0;
      for (;;) {
        const page = await store.readAll({ after: position, limit: pageSize });
        if (page.length === 0) break;
        pages += 1;
        seen.push(...page.filter(belongs));
        position = (page[page.length - 1] as RecordedEvent).position;
      }
      lastPass = `last pass: ${seen.length} matching events (${new Set(seen.map((event) => event.id)).size} distinct) in ${pages} pages, ended at ${formatPosition(position)}, started after ${formatPosition(after)}`;
      return seen.length >= expected ? seen : undefined;
    });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; ${lastPass}`);
  }
}
