import {
  BACKWARDS,
  END,
  NO_STREAM,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  type EventStoreDBClient,
} from '@eventstore/db-client';
import { formatPosition, parsePosition, type GlobalPosition } from '@renkei/event-store';
import { mapEsdbError } from './esdb-error-mapping';

export const CHECKPOINT_STREAM_PREFIX = 'renkei-checkpoint-';
/** $-prefixed so that readAll and the subscription filter skip checkpoint writes like any system event. */
export const CHECKPOINT_EVENT_TYPE = '$renkei-checkpoint';

interface CheckpointData {
  readonly position: string;
}

/**
 * Subscription checkpoints as one-event-long streams: each save appends, and the stream's
 * `$maxCount: 1` lets ESDB scavenge the older ones.
 */
export class EsdbCheckpoints {
  private readonly limited = new Set<string>();

  constructor(private readonly client: EventStoreDBClient) {}

  async read(name: string): Promise<GlobalPosition | undefined> {
    const streamId = checkpointStream(name);
    try {
      for await (const resolved of this.client.readStream(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
        const data: unknown = resolved.event?.data;
        if (isCheckpointData(data)) return parsePosition(data.position);
      }
      return undefined;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw mapEsdbError(error, { streamId });
    }
  }

  async save(name: string, position: GlobalPosition): Promise<void> {
    const streamId = checkpointStream(name);
    try {
      await this.limitToLatest(streamId);
      const data: CheckpointData = { position: formatPosition(position) };
      await this.client.appendToStream(streamId, jsonEvent({ type: CHECKPOINT_EVENT_TYPE, data: { ...data } }));
    } catch (error) {
      throw mapEsdbError(error, { streamId });
    }
  }

  // Expecting no metadata yet makes this a one-time write however many processes start.
  private async limitToLatest(streamId: string): Promise<void> {
    if (this.limited.has(streamId)) return;
    try {
      await this.client.setStreamMetadata(streamId, { maxCount: 1 }, { expectedRevision: NO_STREAM });
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
    }
    this.limited.add(streamId);
  }
}

function checkpointStream(name: string): string {
  return `${CHECKPOINT_STREAM_PREFIX}${name}`;
}

function isCheckpointData(value: unknown): value is CheckpointData {
  return typeof value === 'object' && value !== null && typeof (value as { position?: unknown }).position === 'string';
}
