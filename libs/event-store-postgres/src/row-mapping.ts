import type { JsonObject, RecordedEvent } from '@renkei/event-store';

/** A row of the events table as node-postgres returns it (int8 and xid8 arrive as strings). */
export interface EventRow {
  seq: string;
  tx_text: string;
  event_id: string;
  stream_id: string;
  revision: string;
  type: string;
  data: JsonObject;
  metadata: JsonObject;
  recorded_at: Date;
}

// tx_id leaves as text under another name: an output column named tx_id would make ORDER BY tx_id sort text.
export const EVENT_COLUMNS = 'seq, tx_id::text AS tx_text, event_id, stream_id, revision, type, data, metadata, recorded_at';

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    streamId: row.stream_id,
    revision: BigInt(row.revision),
    position: { commit: BigInt(row.tx_text), prepare: BigInt(row.seq) },
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  };
}
