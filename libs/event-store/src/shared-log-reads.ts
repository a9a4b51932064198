import type { ReadAllOptions } from './event-store';
import { formatPosition, START } from './global-position';
import type { RecordedEvent } from './recorded-event';

/** Long enough for every subscriber woken by one burst to come by; short enough to hold little. */
const KEEP_MS = 2000;
const KEEP_AT_MOST = 64;

/**
 * Many subscriptions of one process (read models, process managers, the relay) are
 * usually at the same place in the log, so each burst of appends would be read and
 * decoded once per subscriber. This shares a page among the readers asking for the
 * same `after` and `limit`: while it is being read, and for a moment after.
 *
 * Only pages with events are shared. A shared page may be shorter than a fresh read
 * would be (it was read a moment ago); the subscription reads again from its end at
 * once, so nothing waits for that. An empty page is never shared: a subscriber that
 * sleeps after an empty read must have read after its last wake-up, or it could
 * sleep through an event until the next poll.
 */
export function sharingLogReads(readAll: (options: ReadAllOptions) => Promise<RecordedEvent[]>): (options: ReadAllOptions) => Promise<RecordedEvent[]> {
  const pages = new Map<string, { readonly events: Promise<RecordedEvent[]>; readonly startedAt: number }>();
  const forgetOld = (now: number) => {
    for (const [key, page] of pages) {
      if (pages.size > KEEP_AT_MOST || now - page.startedAt > KEEP_MS) pages.delete(key);
      else break; // insertion order: the rest are younger
    }
  };
  return async (options) => {
    const key = `${formatPosition(options.after ?? START)}/${options.limit ?? ''}`;
    const shared = pages.get(key);
    if (shared !== undefined) {
      const events = await shared.events.catch(() => []);
      if (events.length > 0) return events;
    }
    const now = Date.now();
    const events = readAll(options);
    pages.delete(key);
    pages.set(key, { events, startedAt: now });
    forgetOld(now);
    return events;
  };
}
