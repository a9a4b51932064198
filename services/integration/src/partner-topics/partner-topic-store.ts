import type { Pool } from 'pg';
import type { SharedEventRow } from '../sharing/shared-event-tables';
import type { SharedCopy } from './partner-messages';

/** How far the partner topics have been published, in log order (the last event sent). */
export interface PublishedUpTo {
  readonly commit: string;
  readonly prepare: string;
}

const START: PublishedUpTo = { commit: '-1', prepare: '-1' };

export async function ensurePartnerTopicTables(db: Pool, schema: string): Promise<void> {
  await db.query(`CREATE TABLE IF NOT EXISTS "${schema}".partner_topics_published (relay text PRIMARY KEY, log_commit bigint NOT NULL, log_prepare bigint NOT NULL)`);
}

export async function publishedUpTo(db: Pool, schema: string, relay: string): Promise<PublishedUpTo> {
  const result = await db.query<{ commit: string; prepare: string }>(`SELECT log_commit::text AS commit, log_prepare::text AS prepare FROM "${schema}".partner_topics_published WHERE relay = $1`, [relay]);
  return result.rows[0] ?? START;
}

export async function recordPublished(db: Pool, schema: string, relay: string, upTo: PublishedUpTo): Promise<void> {
  await db.query(
    `INSERT INTO "${schema}".partner_topics_published (relay, log_commit, log_prepare) VALUES ($1, $2, $3)
     ON CONFLICT (relay) DO UPDATE SET log_commit = EXCLUDED.log_commit, log_prepare = EXCLUDED.log_prepare`,
    [relay, upTo.commit, upTo.prepare],
  );
}

/**
 * Every copy of the next `events` events after a position, in log order (an event's copies
 * together, parties' first). The sharing consumer commits an event's copies at once and in log
 * order, so nothing can later appear behind the position read up to.
 */
export async function copiesAfter(db: Pool, schema: string, after: PublishedUpTo, events: number): Promise<SharedCopy[]> {
  const result = await db.query<SharedEventRow>(
    `WITH next AS (
       SELECT DISTINCT log_commit, log_prepare FROM "${schema}".shared_events
        WHERE (log_commit, log_prepare) > ($1::bigint, $2::bigint)
        ORDER BY log_commit, log_prepare LIMIT $3)
     SELECT s.company_id, s.event_id, s.log_commit::text, s.log_prepare::text, s.context, s.stream_id, s.revision::text, s.type, s.schema_version, s.recorded_at, s.party, s.data
       FROM "${schema}".shared_events s JOIN next USING (log_commit, log_prepare)
      ORDER BY s.log_commit, s.log_prepare, s.event_id, s.party DESC, s.company_id`,
    [after.commit, after.prepare, events],
  );
  return result.rows.map((row) => ({
    companyId: row.company_id,
    eventId: row.event_id,
    logCommit: row.log_commit,
    logPrepare: row.log_prepare,
    context: row.context,
    streamId: row.stream_id,
    revision: row.revision,
    type: row.type,
    schemaVersion: row.schema_version,
    recordedAt: row.recorded_at,
    party: row.party,
    data: row.data,
  }));
}
