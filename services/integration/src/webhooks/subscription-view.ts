import { encodeFeedCursor } from '../feed/feed-cursor';
import type { SubscriptionRow } from './subscription-store';

/** A subscription as its owner reads it; the signing secrets are never shown again. */
export interface SubscriptionView {
  readonly id: string;
  readonly url: string;
  readonly eventTypes: readonly string[];
  readonly filter: { readonly customerOrderIds: readonly string[]; readonly companyIds: readonly string[] };
  readonly status: 'active' | 'disabled';
  readonly disabledReason: string | null;
  /** The feed cursor of the last event read for it (delivered, queued or filtered out). */
  readonly cursor: string;
  readonly deliveries: { readonly pending: number; readonly deadLetters: number };
  /** Until when the secret replaced by the last rotation still signs; null when only one secret signs. */
  readonly previousSecretValidUntil: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function subscriptionView(row: SubscriptionRow, counts: { pending: number; dead: number } | undefined, now: Date): SubscriptionView {
  const previousUntil = row.previous_secret !== null && row.previous_secret_until !== null && row.previous_secret_until.getTime() > now.getTime() ? row.previous_secret_until : null;
  return {
    id: row.subscription_id,
    url: row.url,
    eventTypes: row.event_types,
    filter: row.filter,
    status: row.status,
    disabledReason: row.disabled_reason,
    cursor: encodeFeedCursor({ commit: row.cursor_commit, prepare: row.cursor_prepare }),
    deliveries: { pending: counts?.pending ?? 0, deadLetters: counts?.dead ?? 0 },
    previousSecretValidUntil: previousUntil?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
