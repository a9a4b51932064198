import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { Caller } from '@renkei/service-kit';
import { signingSecretOf, type FieldError } from '@renkei/webhooks';
import { findSubscription, rotateSecret } from './subscription-store';
import { IDEMPOTENCY_KEY, IDEMPOTENCY_KEY_ERROR, invalidWebhookInput, subscriptionNotFound } from './webhook-problems';
import type { WebhookSettings } from './webhook-options';

export interface Rotation {
  readonly status: 200 | 201;
  readonly replayed: boolean;
  readonly body: { readonly secret: string; readonly previousSecretValidUntil: string | null };
}

const MAX_GRACE_SECONDS = 30 * 86_400;

/**
 * `POST /v1/webhook-subscriptions/{id}/secret-rotations`: a new signing secret, returned once; the
 * one it replaces keeps signing too (both signatures in `webhook-signature`) for the grace period,
 * so the receiver can switch without refusing a delivery. Needs an Idempotency-Key: a retry gets
 * the same new secret instead of rotating again (which would retire the secret the receiver uses).
 */
export async function rotateSigningSecret(
  db: Pool,
  settings: WebhookSettings,
  caller: Caller,
  subscriptionId: string,
  body: unknown,
  idempotencyKey: string | undefined,
): Promise<Rotation> {
  const errors: FieldError[] = [];
  if (idempotencyKey === undefined || !IDEMPOTENCY_KEY.test(idempotencyKey)) errors.push(IDEMPOTENCY_KEY_ERROR);
  const input = body === undefined || body === null ? {} : body;
  const grace = typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>)['graceSeconds'] : 'not an object';
  const unknownFields = typeof input === 'object' && !Array.isArray(input) ? Object.keys(input).filter((key) => key !== 'graceSeconds') : [];
  for (const field of unknownFields) errors.push({ field, rule: 'is not a field of a secret rotation', allowed: 'graceSeconds' });
  if (grace !== undefined && !(typeof grace === 'number' && Number.isInteger(grace) && grace >= 0 && grace <= MAX_GRACE_SECONDS)) {
    errors.push({ field: 'graceSeconds', rule: `must be a whole number of seconds from 0 to ${MAX_GRACE_SECONDS}`, allowed: `0 (the old secret stops at once) to ${MAX_GRACE_SECONDS}; default ${settings.rotationGraceMs / 1000}` });
  }
  if (errors.length > 0) throw invalidWebhookInput(errors);

  for (let attempt = 0; attempt < 3; attempt++) {
    const row = await findSubscription(db, settings.schema, caller.companyId, subscriptionId);
    if (row === undefined) throw subscriptionNotFound(subscriptionId);
    if (row.rotated_with_key === idempotencyKey) {
      return { status: 200, replayed: true, body: { secret: row.secret, previousSecretValidUntil: row.previous_secret_until?.toISOString() ?? null } };
    }
    const now = new Date();
    const previousUntil = new Date(now.getTime() + (typeof grace === 'number' ? grace * 1000 : settings.rotationGraceMs));
    const secret = signingSecretOf(randomBytes(32));
    if (await rotateSecret(db, settings.schema, { sid: row.sid, expected: row.secret, secret, previousUntil, idempotencyKey: idempotencyKey as string, now })) {
      return { status: 201, replayed: false, body: { secret, previousSecretValidUntil: previousUntil.toISOString() } };
    }
    // Another rotation got there first: look again (it may be this request's own retry).
  }
  throw new Error(`webhook subscription ${caller.companyId}/${subscriptionId}: its secret kept changing during a rotation`);
}
