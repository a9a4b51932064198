import type { EventEnvelope } from '@renkei/contracts';
import { formatPosition, type RecordedEvent } from '@renkei/event-store';

/** The same envelope the Kafka consumer decodes from CloudEvents headers, built straight from the store. */
export function envelopeOf(event: RecordedEvent): EventEnvelope {
  const schemaVersion = event.metadata['schemaVersion'];
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision,
    logPosition: formatPosition(event.position),
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    recordedAt: event.recordedAt,
    data: event.data,
    metadata: event.metadata,
  };
}
