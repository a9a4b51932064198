import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { Caller } from '@renkei/service-kit';
import { parseSubscriptionRequest, signingSecretOf, subscriptionIdProblem, TARGET_URL_ALLOWED, type SubscriptionDefinition, type SubscriptionStart } from '@renkei/webhooks';
import { FEED_START, decodeFeedCursor, type FeedPosition } from '../feed/feed-cursor';
import { countSubscriptions, findSubscription, insertSubscription, latestSharedPosition, openDeliveryCounts, replaceSubscription, type SubscriptionRow } from './subscription-store';
import { subscriptionView, type SubscriptionView } from './subscription-view';
import { targetRefusal } from './target-guard';
import { IDEMPOTENCY_KEY, invalidWebhookInput, tooManySubscriptions } from './webhook-problems';
import type { WebhookSettings } from './webhook-options';

export interface Registration {
  readonly status: 200 | 201;
  readonly replayed: boolean;
  readonly body: SubscriptionView & { readonly secret?: string };
}

/**
 * `PUT /v1/webhook-subscriptions/{id}`: creates the caller's subscription (201, with its signing
 * secret — the only answer that shows it, but for a retry of that request with its Idempotency-Key),
 * or replaces its definition (200; it is active again and carries on from its cursor). The same
 * definition again changes nothing (200, Idempotent-Replayed). The target must resolve to addresses
 * a webhook may reach, now; it is checked again at every attempt.
 */
export async function registerSubscription(
  db: Pool,
  settings: WebhookSettings,
  caller: Caller,
  subscriptionId: string,
  body: unknown,
  idempotencyKey: string | undefined,
): Promise<Registration> {
  const parsed = parseSubscriptionRequest(body, (cursor) => decodeFeedCursor(cursor) !== null);
  const idProblem = subscriptionIdProblem(subscriptionId);
  const keyProblem = idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey);
  const errors = [
    ...(idProblem ? [idProblem] : []),
    ...(keyProblem ? [{ field: 'Idempotency-Key', rule: 'must be 8-128 visible ASCII characters when given', allowed: 'e.g. a UUID, or no header (PUT is idempotent by itself)' }] : []),
    ...(parsed.ok ? [] : parsed.errors),
  ];
  if (!parsed.ok || errors.length > 0) throw invalidWebhookInput(errors);
  const refusal = await targetRefusal(parsed.definition.target, settings.allowList);
  if (refusal !== null) throw invalidWebhookInput([{ field: 'url', rule: `must resolve only to public addresses: ${refusal}`, allowed: TARGET_URL_ALLOWED }]);

  const { schema } = settings;
  const now = new Date();
  const existing = await findSubscription(db, schema, caller.companyId, subscriptionId);
  if (existing === undefined) {
    if ((await countSubscriptions(db, schema, caller.companyId)) >= settings.maxSubscriptionsPerCompany) throw tooManySubscriptions(settings.maxSubscriptionsPerCompany);
    const secret = signingSecretOf(randomBytes(32));
    const created = await insertSubscription(db, schema, {
      sid: randomUUID(),
      ownerId: caller.companyId,
      subscriptionId,
      ownerRole: caller.role,
      url: parsed.definition.target.url.href,
      eventTypes: parsed.definition.eventTypes,
      filter: parsed.definition.filter,
      secret,
      idempotencyKey: idempotencyKey ?? null,
      start: await startPosition(db, schema, parsed.start),
      now,
    });
    const row = await findSubscription(db, schema, caller.companyId, subscriptionId);
    if (row === undefined) throw new Error(`webhook subscription ${caller.companyId}/${subscriptionId} vanished while being created`);
    // A concurrent PUT of the same id created it first: this one is an update of it.
    if (!created) return update(db, settings, caller, row, parsed.definition, idempotencyKey);
    return { status: 201, replayed: false, body: { ...subscriptionView(row, undefined, now), secret } };
  }
  return update(db, settings, caller, existing, parsed.definition, idempotencyKey);
}

async function update(db: Pool, settings: WebhookSettings, caller: Caller, row: SubscriptionRow, definition: SubscriptionDefinition, idempotencyKey: string | undefined): Promise<Registration> {
  const { schema } = settings;
  const now = new Date();
  const same =
    row.status === 'active' &&
    row.owner_role === caller.role &&
    row.url === definition.target.url.href &&
    JSON.stringify(row.event_types) === JSON.stringify(definition.eventTypes) &&
    JSON.stringify([row.filter.customerOrderIds, row.filter.companyIds]) === JSON.stringify([definition.filter.customerOrderIds, definition.filter.companyIds]);
  if (!same) {
    await replaceSubscription(db, schema, row.sid, { ownerRole: caller.role, url: definition.target.url.href, eventTypes: definition.eventTypes, filter: definition.filter, now });
  }
  const current = (await findSubscription(db, schema, caller.companyId, row.subscription_id)) ?? row;
  const counts = (await openDeliveryCounts(db, schema, [current.sid])).get(current.sid);
  // A retry of the creating request gets the creating answer, secret included, while that secret is the one in force.
  const retryOfCreation = same && idempotencyKey !== undefined && idempotencyKey === current.created_with_key && current.rotated_with_key === null;
  return {
    status: 200,
    replayed: same,
    body: { ...subscriptionView(current, counts, now), ...(retryOfCreation ? { secret: current.secret } : {}) },
  };
}

async function startPosition(db: Pool, schema: string, start: SubscriptionStart): Promise<FeedPosition> {
  switch (start.kind) {
    case 'now':
      return latestSharedPosition(db, schema);
    case 'beginning':
      return FEED_START;
    case 'after':
      return decodeFeedCursor(start.cursor) ?? FEED_START;
    default: {
      const unhandled: never = start;
      return unhandled;
    }
  }
}
