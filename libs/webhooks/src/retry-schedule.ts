const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * How long to wait before each retry, at most (full jitter draws the wait between 0 and the step):
 * 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, 8 h. An event is dead-lettered when the
 * attempt after the last step fails too: 11 attempts over ~12 h on average, ~24 h at most.
 */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [5 * SECOND, 30 * SECOND, 2 * MINUTE, 10 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 8 * HOUR];

/**
 * The wait before the next attempt after `failedAttempts` failures (1 after the first), or null
 * when the schedule is used up and the event goes to the dead letters. `random` is in [0, 1).
 * Full jitter: receivers that come back after an outage are not hit by every sender at once.
 */
export function retryDelayMs(schedule: readonly number[], failedAttempts: number, random: number): number | null {
  const step = schedule[failedAttempts - 1];
  if (step === undefined) return null;
  return Math.floor(Math.min(Math.max(random, 0), 1) * step);
}

/** A schedule is a non-empty list of whole, positive milliseconds. */
export function retryScheduleProblem(schedule: readonly number[]): string | null {
  if (schedule.length === 0) return 'must list at least one retry delay';
  const bad = schedule.find((step) => !Number.isInteger(step) || step <= 0);
  return bad === undefined ? null : `every step must be a whole number of milliseconds above 0 (not ${bad})`;
}
