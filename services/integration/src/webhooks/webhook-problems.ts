import { PROBLEM_BASE, ProblemException } from '@renkei/service-kit';
import type { FieldError } from '@renkei/webhooks';

/** 400 naming every refused field, its rule and what is allowed; nothing was changed. */
export function invalidWebhookInput(errors: readonly FieldError[]): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}invalid-input`,
    title: 'The webhook request is not valid',
    status: 400,
    detail: `${errors.map((error) => `${error.field} ${error.rule}`).join('; ')}; nothing was changed`,
    code: 'WEBHOOK.INVALID_INPUT',
    errors,
  });
}

/** 404 for a subscription that does not exist or is another company's: the answer tells nothing of others' subscriptions. */
export function subscriptionNotFound(subscriptionId: string): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}webhook-subscription-not-found`,
    title: 'No such webhook subscription',
    status: 404,
    detail: `you have no webhook subscription ${subscriptionId}`,
    code: 'WEBHOOK.SUBSCRIPTION_NOT_FOUND',
  });
}

export function tooManySubscriptions(max: number): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}webhook-too-many-subscriptions`,
    title: 'Too many webhook subscriptions',
    status: 422,
    detail: `a company may hold ${max} webhook subscriptions; delete one, or widen one's event types or filter`,
    code: 'WEBHOOK.TOO_MANY_SUBSCRIPTIONS',
  });
}

export function deadLetterNotFound(eventId: string): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}webhook-delivery-not-found`,
    title: 'No such delivery',
    status: 404,
    detail: `event ${eventId} was never queued for this subscription, or its log entry has expired`,
    code: 'WEBHOOK.DELIVERY_NOT_FOUND',
  });
}

export function notADeadLetter(eventId: string, status: string): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}webhook-not-dead-lettered`,
    title: 'Not a dead letter',
    status: 409,
    detail: `event ${eventId} is ${status}, not dead-lettered; only a dead letter can be discarded`,
    code: 'WEBHOOK.NOT_DEAD_LETTERED',
  });
}

/** Optional everywhere but on rotation; when given it must look like one. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;
export const IDEMPOTENCY_KEY_ERROR: FieldError = { field: 'Idempotency-Key', rule: 'header is required so a retry is never applied twice', allowed: '8-128 visible ASCII characters, e.g. a UUID' };
