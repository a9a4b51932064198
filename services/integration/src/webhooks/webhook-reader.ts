import type { Pool } from 'pg';
import type { MemberDirectory, Role } from '@renkei/service-kit';
import { FactBook, type Fact } from '@renkei/sharing';
import { matchesEventTypes, matchesFilter, purchaseOrdersNamedBy, type SubscriptionFilter } from '@renkei/webhooks';
import { readEntitledEvents, type FeedEvent } from '../feed/entitled-events.query';
import { decodeFeedCursor } from '../feed/feed-cursor';
import { feedViewerOf } from '../feed/feed-viewer';
import { enqueueDeliveries, inTransaction, openDeliveries } from './delivery-store';
import type { WebhookSettings } from './webhook-options';

const PAGE = 200;

interface ReadingRow {
  sid: string;
  owner_id: string;
  owner_role: Role;
  event_types: string[];
  filter: SubscriptionFilter;
  cursor_commit: string;
  cursor_prepare: string;
}

/**
 * Reads the next page of a subscription's feed — the events its owner may see now, through
 * `readEntitledEvents`, so a revoked grant stops the flow — and queues those its types and filter
 * select, moving its cursor past the whole page in the same transaction. The subscription row is
 * locked meanwhile; another process reading it skips it. Returns whether there is more to read now.
 */
export async function readSubscriptionPage(db: Pool, settings: WebhookSettings, directory: MemberDirectory, sid: string, now: Date): Promise<boolean> {
  const { schema } = settings;
  return inTransaction(db, async (client) => {
    const subscription = (
      await client.query<ReadingRow>(
        `SELECT sid, owner_id, owner_role, event_types, filter, cursor_commit::text, cursor_prepare::text
           FROM "${schema}".webhook_subscriptions WHERE sid = $1 AND status = 'active' FOR UPDATE SKIP LOCKED`,
        [sid],
      )
    ).rows[0];
    if (subscription === undefined) return false;
    // Back-pressure: a receiver that is down stops its subscription reading, not the database filling.
    const room = settings.maxOpenDeliveriesPerSubscription - (await openDeliveries(client, schema, sid, settings.maxOpenDeliveriesPerSubscription));
    if (room <= 0) return false;
    const viewer = feedViewerOf({ companyId: subscription.owner_id, role: subscription.owner_role }, directory);
    const page = await readEntitledEvents(db, schema, viewer, { commit: subscription.cursor_commit, prepare: subscription.cursor_prepare }, Math.min(PAGE, room));
    const typed = page.events.filter((event) => matchesEventTypes(subscription.event_types, event.type));
    const selected = await selectByFilter(db, schema, typed, subscription.filter);
    const cursor = decodeFeedCursor(page.cursor) ?? { commit: subscription.cursor_commit, prepare: subscription.cursor_prepare };
    await enqueueDeliveries(client, schema, sid, selected, cursor, now);
    return page.hasMore;
  });
}

/** The events the filter lets through; the purchase orders' chain facts come from the sharing rules' own table. */
async function selectByFilter(db: Pool, schema: string, events: FeedEvent[], filter: SubscriptionFilter): Promise<FeedEvent[]> {
  if (events.length === 0 || (filter.customerOrderIds.length === 0 && filter.companyIds.length === 0)) return events;
  const poIds = [...new Set(events.flatMap((event) => [...purchaseOrdersNamedBy(event), ...(event.subject.startsWith('order-') ? [event.subject.slice('order-'.length)] : [])]))];
  const facts = new FactBook();
  const result = await db.query<{ fact: Fact }>(`SELECT fact FROM "${schema}".sharing_facts WHERE kind = 'purchase-order' AND id = ANY($1)`, [poIds]);
  for (const { fact } of result.rows) facts.learn(fact);
  return events.filter((event) => matchesFilter(event, filter, facts));
}
