import { retryDelayMs } from './retry-schedule';

/** What came back from one attempt: a status code, or no answer (connection refused, timeout, refused target…). */
export type AttemptResult = { readonly statusCode: number } | { readonly error: string };

/**
 * After an attempt: a 2xx delivers; 410 Gone means the receiver wants no more, so the subscription
 * is disabled (the event stays pending, for when it is enabled again); anything else is a failure,
 * retried on the schedule and dead-lettered when the schedule is used up.
 */
export type NextStep =
  | { readonly kind: 'delivered' }
  | { readonly kind: 'disable-subscription' }
  | { readonly kind: 'retry'; readonly at: Date }
  | { readonly kind: 'dead-letter' };

export function nextStep(result: AttemptResult, attemptsMade: number, schedule: readonly number[], now: Date, random: number): NextStep {
  if ('statusCode' in result && result.statusCode >= 200 && result.statusCode < 300) return { kind: 'delivered' };
  if ('statusCode' in result && result.statusCode === 410) return { kind: 'disable-subscription' };
  const delay = retryDelayMs(schedule, attemptsMade, random);
  return delay === null ? { kind: 'dead-letter' } : { kind: 'retry', at: new Date(now.getTime() + delay) };
}

/** The outcome recorded in the delivery log for an attempt. */
export function attemptOutcome(step: NextStep): 'delivered' | 'gone' | 'failed' | 'dead-lettered' {
  switch (step.kind) {
    case 'delivered':
      return 'delivered';
    case 'disable-subscription':
      return 'gone';
    case 'retry':
      return 'failed';
    case 'dead-letter':
      return 'dead-lettered';
    default: {
      const unhandled: never = step;
      return unhandled;
    }
  }
}
