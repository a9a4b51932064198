import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  jsonEvent,
  type AppendExpectedRevision,
  type EventData,
  type Position,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import {
  EventStoreUnavailable,
  type ExpectedRevision,
  type EventToAppend,
  type GlobalPosition,
  type JsonObject,
  type RecordedEvent,
} from '@renkei/event-store';

/**
 * ESDB's own records ($stats, $metadata, projection links) live in $-prefixed streams or
 * carry $-prefixed types; the port's callers never wrote them, so they never see them.
 */
export function isUserEvent(event: { readonly streamId: string; readonly type: string }): boolean {
  return !event.streamId.startsWith('$') && !event.type.startsWith('$');
}

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
}

export function toEventData(event: EventToAppend): EventData {
  return jsonEvent({ id: event.id, type: event.type, data: event.data, metadata: event.metadata ?? {} });
}

/** How the server writes "no position" (-1) once it has gone through an unsigned 64-bit field. */
const NO_POSITION = 2n ** 64n - 1n;

/**
 * The record's own log position. Servers older than 22.6 leave it out of stream reads
 * (0/0 or -1/-1 on the wire), and the port cannot report an append without it.
 */
export function logPosition(event: EsdbRecordedEvent): GlobalPosition {
  const position: Position | undefined = event.position;
  if (
    position === undefined ||
    (position.commit === 0n && position.prepare === 0n) ||
    position.commit === NO_POSITION ||
    position.prepare === NO_POSITION
  ) {
    throw new EventStoreUnavailable(
      `event ${event.id} in stream "${event.streamId}" came back without its log position; this adapter needs EventStoreDB 22.6 or later`,
    );
  }
  return { commit: position.commit, prepare: position.prepare };
}

export function toRecordedEvent(event: EsdbRecordedEvent): RecordedEvent {
  const data: unknown = event.data;
  const metadata: unknown = event.metadata ?? {};
  if (!event.isJson || !isJsonObject(data) || !isJsonObject(metadata)) {
    throw new EventStoreUnavailable(
      `event ${event.id} in stream "${event.streamId}" is not stored as JSON objects; the port only carries JSON data and metadata`,
    );
  }
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision,
    position: logPosition(event),
    data,
    metadata,
    recordedAt: event.created,
  };
}

// The driver hands back what JSON.parse produced, or raw bytes when parsing failed.
function isJsonObject(value: unknown): value is JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
