/**
 * An event as every consumer sees it, whether it came from Kafka or straight from
 * the event store: enough to de-duplicate (id), order (streamId + revision) and
 * trace (metadata.traceparent) it.
 */
export interface EventEnvelope {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  readonly revision: bigint;
  /** `<commit>-<prepare>` in the global log. */
  readonly logPosition: string;
  readonly schemaVersion: number;
  /** When the backbone recorded it (CloudEvents `time`). */
  readonly recordedAt: Date;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}
