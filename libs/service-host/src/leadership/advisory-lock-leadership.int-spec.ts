import { randomUUID } from 'node:crypto';
import { testDatabaseUrl, waitFor } from '@renkei/testing';
import type { RunningConsumer } from '@renkei/messaging';
import { whileLeader, type Leadership } from './advisory-lock-leadership';

/** Work that runs until stopped, counting how many instances run it at once. */
function countedWork(running: { now: number; most: number }): () => Promise<RunningConsumer> {
  return async () => {
    running.now += 1;
    running.most = Math.max(running.most, running.now);
    let finish: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finish = resolve));
    return {
      done,
      stop: async () => {
        running.now -= 1;
        finish();
      },
    };
  };
}

describe('leadership by a PostgreSQL advisory lock (a real server)', () => {
  const started: Leadership[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((leadership) => leadership.stop()));
  });
  const compete = (lockName: string, running: { now: number; most: number }) => {
    const leadership = whileLeader({ connection: { connectionString: testDatabaseUrl() }, lockName, checkEveryMs: 100, onError: () => undefined }, countedWork(running));
    started.push(leadership);
    return leadership;
  };

  it('runs the work in exactly one of several instances, and another takes over when the active one stops', async () => {
    const lockName = `test-leader/${randomUUID()}`;
    const running = { now: 0, most: 0 };
    const instances = [compete(lockName, running), compete(lockName, running), compete(lockName, running)];
    await waitFor('one instance to become active', async () => (instances.some((instance) => instance.isActive()) ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500)); // several rounds of the others trying
    expect(instances.filter((instance) => instance.isActive())).toHaveLength(1);

    const active = instances.find((instance) => instance.isActive()) as Leadership;
    await active.stop();
    const others = instances.filter((instance) => instance !== active);
    await waitFor('a standby to take over', async () => (others.some((instance) => instance.isActive()) ? true : undefined));
    expect(others.filter((instance) => instance.isActive())).toHaveLength(1);
    expect(running).toEqual({ now: 1, most: 1 });
  });

  it('lets instances of different roles (lock names) run side by side', async () => {
    const running = { now: 0, most: 0 };
    const first = compete(`test-leader/${randomUUID()}`, running);
    const second = compete(`test-leader/${randomUUID()}`, running);
    await waitFor('both to become active', async () => (first.isActive() && second.isActive() ? true : undefined));
    expect(running.now).toBe(2);
  });
});
