import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EventIdConflict, WrongExpectedRevision, type EventStore, type RecordedEvent } from '@renkei/event-store';
import { EVENT_STORE, nameBasedUuid, type Caller } from '@renkei/service-kit';
import {
  decide,
  evolve,
  initialWorkItem,
  workItemStreamId,
  type ProgressReported,
  type ReportProgress,
  type WorkItem,
} from '@renkei/work-progress';

export interface ReportAccepted {
  readonly streamId: string;
  readonly revision: string;
  readonly eventIds: readonly string[];
  /** True when this answers a retry of a request already applied. */
  readonly replayed: boolean;
}

export class IdempotencyKeyReused extends Error {
  readonly code = 'WORK.IDEMPOTENCY_KEY_REUSED';
}

/** Others kept writing to this work item while we retried; the caller may retry with the same key. */
export class WorkItemBusy extends Error {
  readonly code = 'WORK.CONCURRENT_UPDATE';
}

const MAX_CONFLICT_RETRIES = 3;

/**
 * read → decide → append with the expected revision. Event ids derive from the
 * caller's Idempotency-Key, so a retry appends nothing new and gets the first answer.
 */
@Injectable()
export class ReportProgressHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async handle(
    command: ReportProgress,
    caller: Caller,
    request: { idempotencyKey: string; fingerprint: string; traceparent: string },
  ): Promise<ReportAccepted> {
    const { idempotencyKey, fingerprint: requestFingerprint, traceparent } = request;
    const streamId = workItemStreamId(command.data.poId, command.data.lineNo);
    const idempotencyName = `${caller.companyId}/${idempotencyKey}`;
    // The fingerprint is part of the ids: two different requests racing with one key cannot both be
    // answered as "recorded" (the loser conflicts, re-reads, and is refused by the fingerprint check).
    const eventId = (index: number) => nameBasedUuid(`${idempotencyName}/${requestFingerprint}/${index}`);
    for (let attempt = 0; ; attempt += 1) {
      const history = await this.store.readStream(streamId);
      const earlier = history.filter((event) => event.metadata['idempotencyKey'] === idempotencyName);
      if (earlier.length > 0) return this.replay(streamId, earlier, requestFingerprint);

      const state = history.reduce<WorkItem>((item, event) => evolve(item, event as unknown as ProgressReported), initialWorkItem);
      const events = decide(command, state);
      const last = history[history.length - 1];
      try {
        const result = await this.store.appendToStream(
          streamId,
          events.map((event, index) => ({
            id: eventId(index),
            type: event.type,
            data: { ...event.data },
            metadata: { schemaVersion: 1, companyId: caller.companyId, idempotencyKey: idempotencyName, requestFingerprint, traceparent },
          })),
          { expectedRevision: last === undefined ? 'no_stream' : last.revision },
        );
        return {
          streamId,
          revision: result.nextExpectedRevision.toString(),
          eventIds: events.map((_, index) => eventId(index)),
          replayed: false,
        };
      } catch (error) {
        // Someone else wrote to this work item between our read and our append: decide again on fresh state.
        if (error instanceof WrongExpectedRevision) {
          if (attempt < MAX_CONFLICT_RETRIES) continue;
          throw new WorkItemBusy(`work item ${streamId} changed ${MAX_CONFLICT_RETRIES + 1} times while this report was being recorded`);
        }
        if (error instanceof EventIdConflict) throw new IdempotencyKeyReused('this Idempotency-Key was already used for a different request');
        throw error;
      }
    }
  }

  private replay(streamId: string, earlier: readonly RecordedEvent[], requestFingerprint: string): ReportAccepted {
    if (earlier.some((event) => event.metadata['requestFingerprint'] !== requestFingerprint)) {
      throw new IdempotencyKeyReused('this Idempotency-Key was already used for a different request');
    }
    return {
      streamId,
      revision: (earlier[earlier.length - 1] as RecordedEvent).revision.toString(),
      eventIds: earlier.map((event) => event.id),
      replayed: true,
    };
  }
}

/** Same target and same body → same fingerprint; key order in the JSON body does not matter. */
export function fingerprintRequest(target: string, body: unknown): string {
  return createHash('sha256').update(target).update('\n').update(canonicalJson(body)).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
