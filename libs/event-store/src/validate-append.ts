import { InvalidAppend } from './errors';
import type { EventToAppend } from './recorded-event';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_STREAM_ID = 200;

/** Shared by every adapter so that both refuse the same requests with the same words. */
export function validateAppend(streamId: string, events: readonly EventToAppend[]): void {
  if (streamId.length === 0 || streamId.length > MAX_STREAM_ID || streamId.startsWith('$')) {
    throw new InvalidAppend(`streamId "${streamId}": must be 1-${MAX_STREAM_ID} characters and must not start with "$"`);
  }
  if (events.length === 0) {
    throw new InvalidAppend(`stream "${streamId}": events must hold at least one event`);
  }
  const seen = new Set<string>();
  for (const event of events) {
    if (!UUID.test(event.id)) {
      throw new InvalidAppend(`stream "${streamId}": event id "${event.id}" must be a UUID`);
    }
    if (seen.has(event.id.toLowerCase())) {
      throw new InvalidAppend(`stream "${streamId}": event id "${event.id}" appears twice in one append`);
    }
    seen.add(event.id.toLowerCase());
    if (event.type.length === 0) {
      throw new InvalidAppend(`stream "${streamId}": event ${event.id} needs a non-empty type`);
    }
  }
}
