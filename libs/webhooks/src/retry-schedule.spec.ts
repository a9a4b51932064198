import { nextStep } from './attempt-outcome';
import { DEFAULT_RETRY_SCHEDULE_MS, retryDelayMs, retryScheduleProblem } from './retry-schedule';

const now = new Date('2026-11-21T09:00:00Z');

describe('the retry schedule', () => {
  it('backs off from seconds to hours, and keeps retrying for hours before giving up', () => {
    expect(DEFAULT_RETRY_SCHEDULE_MS.slice(0, 3)).toEqual([5_000, 30_000, 120_000]);
    const ceiling = DEFAULT_RETRY_SCHEDULE_MS.reduce((sum, step) => sum + step, 0);
    expect(ceiling).toBeGreaterThan(20 * 3_600_000);
    for (let index = 1; index < DEFAULT_RETRY_SCHEDULE_MS.length; index++) {
      expect(DEFAULT_RETRY_SCHEDULE_MS[index]).toBeGreaterThanOrEqual(DEFAULT_RETRY_SCHEDULE_MS[index - 1] as number);
    }
  });

  it('draws each wait with full jitter, between 0 and the step', () => {
    expect(retryDelayMs([1_000, 4_000], 1, 0)).toBe(0);
    expect(retryDelayMs([1_000, 4_000], 1, 0.5)).toBe(500);
    expect(retryDelayMs([1_000, 4_000], 2, 0.999)).toBe(3_996);
    expect(retryDelayMs([1_000, 4_000], 3, 0.5)).toBeNull();
  });

  it('refuses a schedule that is empty or not whole positive milliseconds', () => {
    expect(retryScheduleProblem([])).toMatch(/at least one/);
    expect(retryScheduleProblem([100, 0])).toMatch(/not 0/);
    expect(retryScheduleProblem([100, 1.5])).toMatch(/not 1.5/);
    expect(retryScheduleProblem(DEFAULT_RETRY_SCHEDULE_MS)).toBeNull();
  });
});

describe('after an attempt', () => {
  const schedule = [1_000, 2_000];

  it('a 2xx delivers', () => {
    expect(nextStep({ statusCode: 200 }, 1, schedule, now, 0.5)).toEqual({ kind: 'delivered' });
    expect(nextStep({ statusCode: 204 }, 3, schedule, now, 0.5)).toEqual({ kind: 'delivered' });
  });

  it('410 Gone disables the subscription, whatever the attempt', () => {
    expect(nextStep({ statusCode: 410 }, 1, schedule, now, 0.5)).toEqual({ kind: 'disable-subscription' });
  });

  it('anything else, or no answer, is retried on the schedule, then dead-lettered', () => {
    expect(nextStep({ statusCode: 500 }, 1, schedule, now, 0.5)).toEqual({ kind: 'retry', at: new Date(now.getTime() + 500) });
    expect(nextStep({ statusCode: 301 }, 2, schedule, now, 0.5)).toEqual({ kind: 'retry', at: new Date(now.getTime() + 1_000) });
    expect(nextStep({ error: 'timed out after 10000 ms' }, 3, schedule, now, 0.5)).toEqual({ kind: 'dead-letter' });
    expect(nextStep({ statusCode: 400 }, 3, schedule, now, 0.5)).toEqual({ kind: 'dead-letter' });
  });
});
