import type { RunningConsumer } from './event-source';
import { keepRunning } from './keep-running';

/** A consumer whose run ends when the test says so. */
function controllable() {
  let fail: (error: Error) => void = () => undefined;
  let finish: () => void = () => undefined;
  let stops = 0;
  const consumer: RunningConsumer = {
    done: new Promise<void>((resolve, reject) => {
      fail = reject;
      finish = resolve;
    }),
    stop: async () => {
      stops += 1;
      finish();
    },
  };
  return { consumer, fail: (error: Error) => fail(error), stops: () => stops };
}

describe('keepRunning', () => {
  it('restarts a consumer that failed, reporting each error with the backoff before the restart', async () => {
    const runs: Array<ReturnType<typeof controllable>> = [];
    const errors: Array<[string, number]> = [];
    const supervisor = keepRunning(
      async () => {
        const run = controllable();
        runs.push(run);
        return run.consumer;
      },
      { minDelayMs: 1, maxDelayMs: 4, onError: (error, delay) => errors.push([(error as Error).message, delay]) },
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    runs[0]!.fail(new Error('database restarted'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    runs[1]!.fail(new Error('still down'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toHaveLength(3);
    expect(errors).toEqual([
      ['database restarted', 1],
      ['still down', 2],
    ]);
    await supervisor.stop();
    expect(runs[2]!.stops()).toBe(1);
  });

  it('keeps trying when the consumer cannot even start', async () => {
    let attempts = 0;
    const supervisor = keepRunning(
      async () => {
        attempts += 1;
        throw new Error('broker unreachable');
      },
      { minDelayMs: 1, maxDelayMs: 2, onError: () => undefined },
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    await supervisor.stop();
    expect(attempts).toBeGreaterThan(3);
  });
});
