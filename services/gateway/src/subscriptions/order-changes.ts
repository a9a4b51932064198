/** What changed since a feed was last read: some orders, or possibly any (after notifications may have been missed). */
export interface OrderChange {
  readonly orderIds: ReadonlySet<string>;
  readonly anyOrder: boolean;
  /** The trace contexts of the changes (oldest first), when they came with one: a push continues the latest. */
  readonly traceparents?: readonly string[];
}

/** Trace contexts kept per pending change; more changes than this still merge, their traces are not continued. */
const MAX_TRACEPARENTS = 16;

/**
 * The in-process fan-out of committed order changes to this process's subscribers. Each
 * subscriber reads its own feed; changes that arrive while it is busy are merged into one,
 * so a slow subscriber costs a set of order ids, never a growing queue.
 */
export class OrderChanges {
  private readonly feeds = new Set<OrderChangeFeed>();

  /** Changes to these orders, or to every order. Read with `for await`, or `next()`; `return()` stops it. */
  watch(orders: readonly string[] | 'every order'): OrderChangeFeed {
    const feed = new OrderChangeFeed(orders === 'every order' ? null : new Set(orders), (closed) => this.feeds.delete(closed));
    this.feeds.add(feed);
    return feed;
  }

  publish(orderId: string, traceparent?: string): void {
    for (const feed of this.feeds) feed.push(orderId, traceparent);
  }

  /** After a gap in notifications: every watcher must look again. */
  publishAnyOrder(): void {
    for (const feed of this.feeds) feed.pushAnyOrder();
  }

  get watching(): number {
    return this.feeds.size;
  }

  /** Ends every feed (the app is stopping): their subscriptions complete. */
  close(): void {
    for (const feed of [...this.feeds]) void feed.return();
  }
}

export class OrderChangeFeed implements AsyncIterableIterator<OrderChange> {
  private pending: { orderIds: Set<string>; anyOrder: boolean; traceparents?: string[] } | null = null;
  private waiting: ((result: IteratorResult<OrderChange>) => void) | null = null;
  private closed = false;

  constructor(
    /** Null for every order. */
    private readonly orders: ReadonlySet<string> | null,
    private readonly onClose: (feed: OrderChangeFeed) => void,
  ) {}

  get isClosed(): boolean {
    return this.closed;
  }

  push(orderId: string, traceparent?: string): void {
    if (this.closed || (this.orders !== null && !this.orders.has(orderId))) return;
    this.pending ??= { orderIds: new Set(), anyOrder: false };
    this.pending.orderIds.add(orderId);
    // Bounded: a reader that falls behind keeps a few contexts, not one per change.
    if (traceparent !== undefined && (this.pending.traceparents?.length ?? 0) < MAX_TRACEPARENTS) (this.pending.traceparents ??= []).push(traceparent);
    this.wake();
  }

  pushAnyOrder(): void {
    if (this.closed) return;
    this.pending = { orderIds: new Set(this.orders ?? []), anyOrder: this.orders === null };
    this.wake();
  }

  next(): Promise<IteratorResult<OrderChange>> {
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    if (this.pending !== null) return Promise.resolve({ value: this.take(), done: false });
    if (this.waiting !== null) return Promise.reject(new Error('an order change feed is read by one reader at a time'));
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Stops the feed at once, even while a reader waits on it (an async generator could not: it would wait for the next change). */
  return(): Promise<IteratorResult<OrderChange>> {
    if (!this.closed) {
      this.closed = true;
      this.pending = null;
      this.onClose(this);
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private wake(): void {
    const waiting = this.waiting;
    if (waiting === null) return;
    this.waiting = null;
    waiting({ value: this.take(), done: false });
  }

  private take(): OrderChange {
    const taken = this.pending as { orderIds: Set<string>; anyOrder: boolean };
    this.pending = null;
    return taken;
  }
}
