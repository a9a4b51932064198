import type { ExpectedRevision } from './expected-revision';
import type { GlobalPosition } from './global-position';
import type { EventToAppend, RecordedEvent } from './recorded-event';

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the stream's last event after this append: the next call's expected revision. */
  readonly nextExpectedRevision: bigint;
  /** Global log positions of the appended events, in append order. */
  readonly positions: readonly GlobalPosition[];
  /**
   * True when every event was already stored by an earlier call with the same ids (an
   * idempotent retry): nothing was written now. Undefined when the adapter cannot tell.
   */
  readonly replayed?: boolean;
}

export interface ReadStreamOptions {
  /** Inclusive. Default: the first event when reading forwards, the last when reading backwards. */
  readonly fromRevision?: bigint;
  readonly direction?: 'forwards' | 'backwards';
  readonly limit?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Default: from the start of the log. */
  readonly after?: GlobalPosition;
  readonly limit?: number;
}

export interface SubscribeOptions {
  /** Exclusive start. When absent and `checkpointName` is set, resumes from the stored checkpoint. */
  readonly after?: GlobalPosition;
  /** Persist the position after every handled batch under this name. */
  readonly checkpointName?: string;
  readonly batchSize?: number;
  /** How often to look for new events when no wake-up arrives (ms). */
  readonly pollIntervalMs?: number;
  /** After a wake-up, wait this long so a burst of appends is read at once (ms, default 5). */
  readonly coalesceMs?: number;
}

/**
 * Receives events in global order, a batch at a time. The subscription moves on
 * (and persists its checkpoint) only after the returned promise resolves; a
 * rejection stops the subscription with that error.
 */
export type SubscriptionHandler = (events: readonly RecordedEvent[]) => Promise<void>;

export interface Subscription {
  /** Resolves when stopped by `stop()`, rejects with the handler's or the store's error. */
  readonly done: Promise<void>;
  /** The position of the last event handled. */
  position(): GlobalPosition;
  /** Resolves once every event stored so far has been handled (catch-up finished). */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/** The event store port: the one thing the backbone's services know about storage. */
export interface EventStore {
  appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The global log in one order that never changes once read: no late commit can appear before a read position. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription;
  /** The stored checkpoint of a named subscription, if any. */
  readCheckpoint(name: string): Promise<GlobalPosition | undefined>;
  close(): Promise<void>;
}
