/**
 * A wake-up signal that cannot be missed: a waiter passes the ring count it saw
 * before its last read, and returns at once if a ring came in since.
 */
export class Doorbell {
  private rings = 0;
  private waiters = new Set<() => void>();

  ring(): void {
    this.rings += 1;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  count(): number {
    return this.rings;
  }

  /** Resolves on the next ring after `seen`, or after `timeoutMs`, or when `abort` fires. */
  wait(seen: number, timeoutMs: number, abort?: AbortSignal): Promise<void> {
    if (this.rings !== seen || abort?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        abort?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      abort?.addEventListener('abort', done, { once: true });
    });
  }
}
