import { DEFAULT_RETRY_SCHEDULE_MS, parseAllowList, retryScheduleProblem, type AllowList } from '@renkei/webhooks';

/** How the webhook channel runs; every field but `schema` has a production default. */
export interface WebhookOptions {
  /** The integration schema (the deployment's read schema), where the feed's copies and the webhook tables live. */
  readonly schema: string;
  /**
   * Addresses or CIDR blocks a target may resolve to although they are not public (loopback,
   * private, link-local…), e.g. `['10.20.0.0/16']` for receivers inside the operator's network,
   * `['127.0.0.1']` in tests. Default: none.
   */
  readonly allowedTargets?: readonly string[];
  /** How long one attempt may take, connect to last response header (default 10 s). */
  readonly timeoutMs?: number;
  /** The wait before each retry, at most (full jitter); default `DEFAULT_RETRY_SCHEDULE_MS`. */
  readonly retryScheduleMs?: readonly number[];
  /** Attempts in flight at once, in this process (default 16)… */
  readonly concurrency?: number;
  /** …and for one subscription (default 4). */
  readonly perSubscriptionConcurrency?: number;
  /** How often the dispatcher looks for new events and due retries when nothing wakes it (default 1 s). */
  readonly pollMs?: number;
  /** How long the previous secret still signs after a rotation, when the request does not say (default 24 h). */
  readonly rotationGraceMs?: number;
  /** Subscriptions one company may hold (default 50). */
  readonly maxSubscriptionsPerCompany?: number;
  /** Unfinished deliveries of one subscription beyond which it reads no more events until some finish (default 10 000). */
  readonly maxOpenDeliveriesPerSubscription?: number;
  /** How long attempts and finished deliveries stay in the log (default 7 days). */
  readonly logRetentionMs?: number;
}

export interface WebhookSettings {
  readonly schema: string;
  readonly allowList: AllowList;
  readonly timeoutMs: number;
  readonly retryScheduleMs: readonly number[];
  readonly concurrency: number;
  readonly perSubscriptionConcurrency: number;
  readonly pollMs: number;
  readonly rotationGraceMs: number;
  readonly maxSubscriptionsPerCompany: number;
  readonly maxOpenDeliveriesPerSubscription: number;
  readonly logRetentionMs: number;
}

export const WEBHOOK_SETTINGS = Symbol('WebhookSettings');

const DAY = 86_400_000;

/** The options with their defaults, checked once at start-up: a wrong one stops the start, naming it. */
export function webhookSettingsOf(options: WebhookOptions): WebhookSettings {
  const problems: string[] = [];
  const whole = (name: keyof WebhookOptions, value: number | undefined, fallback: number, min: number, max: number): number => {
    const chosen = value ?? fallback;
    if (!Number.isInteger(chosen) || chosen < min || chosen > max) problems.push(`webhooks.${name}: must be a whole number from ${min} to ${max}, not ${chosen}`);
    return chosen;
  };
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) problems.push('webhooks.schema: must be a lower-case SQL identifier');
  const { allowList, invalid } = parseAllowList(options.allowedTargets ?? []);
  if (invalid.length > 0) problems.push(`webhooks.allowedTargets: ${invalid.map((entry) => JSON.stringify(entry)).join(', ')} is not an IP address or CIDR block (e.g. 127.0.0.1, 10.0.0.0/8, ::1)`);
  const retryScheduleMs = options.retryScheduleMs ?? DEFAULT_RETRY_SCHEDULE_MS;
  const scheduleProblem = retryScheduleProblem(retryScheduleMs);
  if (scheduleProblem !== null) problems.push(`webhooks.retryScheduleMs: ${scheduleProblem}`);
  const settings: WebhookSettings = {
    schema: options.schema,
    allowList,
    retryScheduleMs,
    timeoutMs: whole('timeoutMs', options.timeoutMs, 10_000, 100, 120_000),
    concurrency: whole('concurrency', options.concurrency, 16, 1, 1_000),
    perSubscriptionConcurrency: whole('perSubscriptionConcurrency', options.perSubscriptionConcurrency, 4, 1, 1_000),
    pollMs: whole('pollMs', options.pollMs, 1_000, 10, 60_000),
    rotationGraceMs: whole('rotationGraceMs', options.rotationGraceMs, DAY, 0, 30 * DAY),
    maxSubscriptionsPerCompany: whole('maxSubscriptionsPerCompany', options.maxSubscriptionsPerCompany, 50, 1, 10_000),
    maxOpenDeliveriesPerSubscription: whole('maxOpenDeliveriesPerSubscription', options.maxOpenDeliveriesPerSubscription, 10_000, 1, 10_000_000),
    logRetentionMs: whole('logRetentionMs', options.logRetentionMs, 7 * DAY, 60_000, 365 * DAY),
  };
  if (problems.length > 0) throw new Error(`invalid webhook options:\n  ${problems.join('\n  ')}`);
  return settings;
}
