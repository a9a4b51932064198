/** The first retry after a failed send waits this long; each further failure doubles it. */
export const FIRST_RETRY_MS = 2_000;
/** Never longer than this: a worker back in signal should not wait minutes for the page to notice. */
export const MAX_RETRY_MS = 60_000;

/**
 * How long to wait before sending again after `failures` failures in a row (1 = the first):
 * exponential, capped, and spread by `random` (0 to 1) over the upper half of the step, so many
 * phones coming back into signal at once do not all retry in the same second.
 */
export function retryDelayMs(failures: number, random: number): number {
  const step = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + (step / 2) * Math.min(1, Math.max(0, random)));
}
