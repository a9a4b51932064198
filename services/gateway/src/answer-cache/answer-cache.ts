/**
 * Serialized GraphQL answers kept until an order they were built from changes.
 *
 * An order tree answer is a pure function of the viewer's entitlements and the read-model rows
 * of that order; the projection tells every gateway process, by NOTIFY on commit, which orders a
 * batch changed. So an answer can be served again, byte for byte, until that notification comes:
 * the lead's board polling a 1,000-node order costs one lookup instead of a query, a tree build
 * and a serialization (bench:order-tree).
 *
 * Two races are closed with epochs. An answer computed while a change to one of its orders
 * arrived may hold rows from before the change, so `store` refuses it when any of its orders was
 * invalidated after `begin()`. While notifications cannot be heard (the listening connection is
 * lost), nothing is served or stored, and everything is forgotten both when hearing stops and
 * when it resumes.
 *
 * Right after a change, every viewer polling the order misses at once; rather than each building
 * the same answer, a request whose key is already being answered waits for that answer, as long
 * as no change at all was heard since it began (it is then as fresh as the waiter's own would be).
 */
export interface AnswerCacheOptions {
  /** Upper bound on the characters of the answers kept; the least recently used go first. */
  readonly maxChars: number;
  /** How many invalidation epochs to remember per order before forgetting them all at once. */
  readonly maxRememberedInvalidations?: number;
}

export interface AnswerCacheStats {
  readonly answers: number;
  readonly chars: number;
  readonly hits: number;
  readonly misses: number;
  readonly stored: number;
  readonly refused: number;
}

interface Answer {
  readonly body: string;
  readonly orderIds: readonly string[];
}

export interface Flight {
  readonly begunAt: number;
  readonly landed: Promise<string | undefined>;
  land(body: string | undefined): void;
}

export class AnswerCache {
  private readonly answers = new Map<string, Answer>();
  private readonly keysByOrder = new Map<string, Set<string>>();
  /** The epoch of each order's last invalidation, for the answers in flight. */
  private readonly invalidatedAt = new Map<string, number>();
  private readonly flights = new Map<string, Flight>();
  private epoch = 0;
  /** Answers begun before this epoch may not be stored (everything was invalidated since). */
  private floor = 0;
  private hearing = false;
  private chars = 0;
  private counts = { hits: 0, misses: 0, stored: 0, refused: 0 };

  constructor(private readonly options: AnswerCacheOptions) {
    if (!Number.isInteger(options.maxChars) || options.maxChars < 0) throw new RangeError(`maxChars must be a whole number >= 0; got ${options.maxChars}`);
  }

  /** Whether answers may be served and stored now: the cache has room and changes are heard. */
  get active(): boolean {
    return this.hearing && this.options.maxChars > 0;
  }

  /** The answer stored under `key`, or undefined. */
  lookup(key: string): string | undefined {
    if (!this.active) return undefined;
    const answer = this.answers.get(key);
    if (answer === undefined) {
      this.counts.misses += 1;
      return undefined;
    }
    this.counts.hits += 1;
    // Map order is recency order: the hit moves to the back.
    this.answers.delete(key);
    this.answers.set(key, answer);
    return answer.body;
  }

  /** Marks the start of computing an answer: pass the result to `store`. */
  begin(): number {
    return this.epoch;
  }

  /**
   * When another request is computing the answer for `key` and began after the last change heard,
   * its answer to wait for (undefined when it was not kept). Otherwise the caller computes it, and
   * lands the returned flight when done.
   */
  joinOrLead(key: string): { readonly waitFor: Promise<string | undefined> } | { readonly lead: Flight } | undefined {
    if (!this.active) return undefined;
    const flying = this.flights.get(key);
    if (flying !== undefined && flying.begunAt === this.epoch) return { waitFor: flying.landed };
    let land: (body: string | undefined) => void = () => undefined;
    const landed = new Promise<string | undefined>((resolve) => (land = resolve));
    const flight: Flight = { begunAt: this.epoch, landed, land };
    this.flights.set(key, flight);
    return { lead: flight };
  }

  /** The leading request is done: `body` when its answer was kept, undefined otherwise; its waiters get it. */
  land(key: string, flight: Flight, body: string | undefined): void {
    if (this.flights.get(key) === flight) this.flights.delete(key);
    flight.land(body);
  }

  /** Keeps an answer computed since `begunAt` from the rows of `orderIds`, unless one of them changed meanwhile. */
  store(key: string, body: string, orderIds: readonly string[], begunAt: number): boolean {
    const changedSince = begunAt < this.floor || orderIds.some((orderId) => (this.invalidatedAt.get(orderId) ?? -1) > begunAt);
    if (!this.active || orderIds.length === 0 || body.length > this.options.maxChars || changedSince) {
      this.counts.refused += 1;
      return false;
    }
    this.forget(key);
    this.answers.set(key, { body, orderIds });
    this.chars += body.length;
    for (const orderId of orderIds) {
      const keys = this.keysByOrder.get(orderId) ?? new Set<string>();
      keys.add(key);
      this.keysByOrder.set(orderId, keys);
    }
    this.counts.stored += 1;
    this.evictBeyondBudget();
    return true;
  }

  /** A committed change to one order: its answers go, and answers in flight that read it will not be kept. */
  orderChanged(orderId: string): void {
    this.epoch += 1;
    if (this.invalidatedAt.size >= (this.options.maxRememberedInvalidations ?? 10_000)) this.forgetAll();
    else this.invalidatedAt.set(orderId, this.epoch);
    for (const key of this.keysByOrder.get(orderId) ?? []) this.forget(key);
  }

  /** Changes are heard from now on: start (again) from nothing. */
  hearingResumed(): void {
    this.forgetAll();
    this.hearing = true;
  }

  /** Changes may go unheard: nothing can be trusted or kept until hearing resumes. */
  hearingLost(): void {
    this.hearing = false;
    this.forgetAll();
  }

  get stats(): AnswerCacheStats {
    return { answers: this.answers.size, chars: this.chars, ...this.counts };
  }

  private forgetAll(): void {
    this.epoch += 1;
    this.floor = this.epoch;
    this.invalidatedAt.clear();
    this.answers.clear();
    this.keysByOrder.clear();
    this.chars = 0;
  }

  private forget(key: string): void {
    const answer = this.answers.get(key);
    if (answer === undefined) return;
    this.answers.delete(key);
    this.chars -= answer.body.length;
    for (const orderId of answer.orderIds) {
      const keys = this.keysByOrder.get(orderId);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByOrder.delete(orderId);
    }
  }

  private evictBeyondBudget(): void {
    for (const key of this.answers.keys()) {
      if (this.chars <= this.options.maxChars) return;
      this.forget(key);
    }
  }
}
