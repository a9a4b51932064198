import { FIRST_RETRY_MS, MAX_RETRY_MS, retryDelayMs } from './backoff';

describe('retry backoff', () => {
  it('doubles with each failure in a row, up to the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 20].map((failures) => retryDelayMs(failures, 1));
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('spreads retries over the upper half of each step, never below it nor above the cap', () => {
    expect(retryDelayMs(1, 0)).toBe(FIRST_RETRY_MS / 2);
    expect(retryDelayMs(1, 0.5)).toBe(1_500);
    expect(retryDelayMs(30, 0)).toBe(MAX_RETRY_MS / 2);
    expect(retryDelayMs(30, 7)).toBe(MAX_RETRY_MS);
  });
});
