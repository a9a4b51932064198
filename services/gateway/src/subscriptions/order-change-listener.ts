import { Logger } from '@nestjs/common';
import type { Client, Notification } from 'pg';
import { ORDER_CHANGED_CHANNEL } from '../read-models/gateway-read-models';
import { DebounceByKey, type DebounceTiming } from './debounce-by-key';
import { parseOrderChangeNotice } from './order-change-notice';
import type { OrderChanges } from './order-changes';

export interface ListenerTiming {
  readonly debounce: DebounceTiming;
  /** Wait before the first reconnection attempt; it doubles on each failure up to maxReconnectDelayMs. */
  readonly firstReconnectDelayMs: number;
  readonly maxReconnectDelayMs: number;
}

export const DEFAULT_LISTENER_TIMING: ListenerTiming = Object.freeze({
  debounce: Object.freeze({ quietMs: 50, maxWaitMs: 500 }),
  firstReconnectDelayMs: 100,
  maxReconnectDelayMs: 5_000,
});

/** Told at once (not debounced) of each notification, and of whether notifications can be heard at all: the answer cache. */
export interface ChangeHearing {
  orderChanged(orderId: string): void;
  hearingResumed(): void;
  hearingLost(): void;
}

const NOBODY_HEARING: ChangeHearing = { orderChanged: () => undefined, hearingResumed: () => undefined, hearingLost: () => undefined };

/**
 * One PostgreSQL connection per gateway process LISTENing on the projection's channel, feeding
 * `changes`. NOTIFY reaches every listener, so each replica serves its own subscribers. A lost
 * connection is reopened with backoff; notifications sent meanwhile are lost, so every
 * subscriber is then told to look again.
 */
export class OrderChangeListener {
  private readonly logger = new Logger('subscriptions');
  private readonly debounce: DebounceByKey;
  /** The trace context of each order's latest notice in the current burst: the push continues that trace. */
  private readonly latestTrace = new Map<string, string>();
  private client: Client | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly openClient: () => Client,
    private readonly changes: OrderChanges,
    private readonly timing: ListenerTiming = DEFAULT_LISTENER_TIMING,
    private readonly hearing: ChangeHearing = NOBODY_HEARING,
  ) {
    this.debounce = new DebounceByKey(timing.debounce, (orderId) => {
      const traceparent = this.latestTrace.get(orderId);
      this.latestTrace.delete(orderId);
      changes.publish(orderId, traceparent);
    });
  }

  /** Resolves once listening, or once the first attempt failed (it keeps trying in the background). */
  start(): Promise<void> {
    return this.connect(false);
  }

  get listening(): boolean {
    return this.client !== null && this.failures === 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.hearing.hearingLost();
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.debounce.cancel();
    this.latestTrace.clear();
    const client = this.client;
    this.client = null;
    if (client !== null) await client.end().catch(() => undefined);
  }

  private async connect(afterGap: boolean): Promise<void> {
    this.reconnectTimer = null;
    if (this.stopped) return;
    const client = this.openClient();
    this.client = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    client.on('notification', (message: Notification) => {
      if (message.channel !== ORDER_CHANGED_CHANNEL) return;
      const notice = parseOrderChangeNotice(message.payload);
      if (notice === undefined) return;
      this.hearing.orderChanged(notice.orderId);
      if (notice.traceparent !== undefined) this.latestTrace.set(notice.orderId, notice.traceparent);
      this.debounce.touch(notice.orderId);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${ORDER_CHANGED_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client) return;
    this.hearing.hearingResumed();
    if (afterGap) {
      this.logger.log(`listening to ${ORDER_CHANGED_CHANNEL} again; every subscription looks again`);
      this.changes.publishAnyOrder();
    }
    this.failures = 0;
  }

  private lost(client: Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.hearing.hearingLost();
    // Errors of a connection already given up on are no news.
    client.removeAllListeners('notification');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const delay = Math.min(this.timing.maxReconnectDelayMs, this.timing.firstReconnectDelayMs * 2 ** this.failures);
    this.failures += 1;
    this.logger.warn(`lost ${ORDER_CHANGED_CHANNEL} (${error instanceof Error ? error.message : String(error)}); reconnecting in ${delay} ms`);
    this.reconnectTimer = setTimeout(() => void this.connect(true), delay);
  }
}
