/** A sleep that ends early when fired: the webhook dispatcher's and the partner topics relay's loops wait on it. */
export class WakeSignal {
  private sleepers = new Set<() => void>();
  private fired = false;

  /** Resolves when fired (or fired since the last wait), when `alsoOn` settles, or after `ms`. */
  wait(ms: number, alsoOn?: Promise<unknown>): Promise<void> {
    if (this.fired) {
      this.fired = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
      alsoOn?.then(wake, wake);
    });
  }

  fire(): void {
    if (this.sleepers.size === 0) this.fired = true;
    for (const wake of [...this.sleepers]) wake();
  }
}
