export interface DebounceTiming {
  /** Quiet time after the last touch before firing. */
  readonly quietMs: number;
  /** A key touched without pause still fires this long after its first touch. */
  readonly maxWaitMs: number;
}

/**
 * Fires `fire(key)` once per burst of touches of that key: after `quietMs` without one, or
 * `maxWaitMs` after the burst began, whichever is first. Keys do not delay one another.
 */
export class DebounceByKey {
  private readonly bursts = new Map<string, { readonly startedAt: number; timer: ReturnType<typeof setTimeout> }>();

  constructor(
    private readonly timing: DebounceTiming,
    private readonly fire: (key: string) => void,
  ) {}

  touch(key: string): void {
    const now = Date.now();
    const burst = this.bursts.get(key);
    const startedAt = burst?.startedAt ?? now;
    if (burst !== undefined) clearTimeout(burst.timer);
    const wait = Math.max(0, Math.min(this.timing.quietMs, startedAt + this.timing.maxWaitMs - now));
    const timer = setTimeout(() => {
      this.bursts.delete(key);
      this.fire(key);
    }, wait);
    this.bursts.set(key, { startedAt, timer });
  }

  get pending(): number {
    return this.bursts.size;
  }

  /** Drops every burst without firing. */
  cancel(): void {
    for (const burst of this.bursts.values()) clearTimeout(burst.timer);
    this.bursts.clear();
  }
}
