import type { RunningConsumer } from './event-source';

export interface KeepRunningOptions {
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
  /** A run that lasted this long counts as healthy: the next failure backs off from the start again. */
  readonly healthyRunMs?: number;
  /** Told about every stop on an error, with the delay before the next start. Never swallow it. */
  readonly onError: (error: unknown, restartInMs: number) => void;
}

/**
 * Restarts a consumer (the relay, a projection) that stopped on an error, from its
 * checkpoint, with capped exponential backoff. A database fail-over or a broker
 * outage then heals by itself; a poison event keeps failing loudly, never skipped.
 */
export function keepRunning(start: () => Promise<RunningConsumer>, options: KeepRunningOptions): { stop(): Promise<void> } {
  const minDelayMs = options.minDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const healthyRunMs = options.healthyRunMs ?? 60_000;
  let stopped = false;
  let current: RunningConsumer | undefined;
  let wakeFromBackoff: (() => void) | undefined;

  const loop = async () => {
    let failures = 0;
    while (!stopped) {
      const startedAt = Date.now();
      try {
        current = await start();
        if (stopped) break;
        await current.done;
        if (stopped) break;
      } catch (error) {
        if (stopped) break;
        failures = Date.now() - startedAt > healthyRunMs ? 1 : failures + 1;
        const delay = Math.min(maxDelayMs, minDelayMs * 2 ** (failures - 1));
        options.onError(error, delay);
        await new Promise<void>((resume) => {
          wakeFromBackoff = resume;
          setTimeout(resume, delay).unref();
        });
      }
    }
  };
  const running = loop();

  return {
    stop: async () => {
      stopped = true;
      wakeFromBackoff?.();
      await current?.stop().catch(() => undefined);
      await running;
    },
  };
}
