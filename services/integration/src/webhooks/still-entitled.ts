import type { Pool } from 'pg';
import type { FeedViewer } from '../feed/feed-viewer';

/**
 * Whether a viewer may still see an event it was entitled to when it was read: the same rule as
 * `readEntitledEvents` (its own copy, or a grantor's copy of a context granted to it), looked up by
 * the event's id through the copies' primary key. Only integrators' entitlements change (grants).
 */
export async function stillEntitled(db: Pool, schema: string, viewer: FeedViewer, eventId: string): Promise<boolean> {
  const granted = viewer.grants.flatMap((grant) => grant.grantorIds.flatMap((grantor) => grant.contexts.map((context) => ({ grantor, context }))));
  const companies = [viewer.companyId, ...new Set(granted.map((each) => each.grantor))];
  const result = await db.query<{ entitled: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM "${schema}".shared_events s
        WHERE s.company_id = ANY($1) AND s.event_id = $2
          AND (s.company_id = $3 OR EXISTS (SELECT 1 FROM json_to_recordset($4::json) AS g(grantor text, context text) WHERE g.grantor = s.company_id AND g.context = s.context))
     ) AS entitled`,
    [companies, eventId, viewer.companyId, JSON.stringify(granted)],
  );
  return result.rows[0]?.entitled === true;
}
