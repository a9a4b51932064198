import type { Pool } from 'pg';
import { CLOUDEVENTS_SPEC_VERSION, cloudEventType } from '@renkei/contracts';
import { withoutPrices } from '@renkei/sharing';
import { encodeFeedCursor, type FeedPosition } from './feed-cursor';
import type { FeedViewer } from './feed-viewer';
import type { SharedEventRow } from '../sharing/shared-event-tables';

/** One event of a feed, as a CloudEvent in structured JSON mode, with the cursor to resume after it. */
export interface FeedEvent {
  readonly specversion: string;
  readonly id: string;
  readonly source: string;
  readonly type: string;
  readonly time: string;
  readonly subject: string;
  readonly datacontenttype: 'application/json';
  readonly streamrevision: string;
  readonly data: Record<string, unknown>;
  readonly cursor: string;
}

export interface FeedPage {
  readonly events: FeedEvent[];
  /** Where to resume: the last event's cursor, or the one asked with when nothing came. */
  readonly cursor: string;
  readonly hasMore: boolean;
}

type SharedRow = Omit<SharedEventRow, 'company_id' | 'party'>;

/**
 * The events a viewer may see after a position, in log order, each once: its own copies and, for
 * an integrator, its grantors' copies of the granted contexts (without prices).
 */
export async function readEntitledEvents(db: Pool, schema: string, viewer: FeedViewer, after: FeedPosition, limit: number): Promise<FeedPage> {
  const granted = viewer.grants.flatMap((grant) => grant.grantorIds.flatMap((grantor) => grant.contexts.map((context) => ({ grantor, context }))));
  const result = await db.query<SharedRow>(
    `SELECT DISTINCT ON (s.log_commit, s.log_prepare, s.event_id)
            s.event_id, s.log_commit::text, s.log_prepare::text, s.context, s.stream_id, s.revision::text, s.type, s.schema_version, s.recorded_at, s.data
       FROM "${schema}".shared_events s
      WHERE (s.company_id = $1 OR EXISTS (SELECT 1 FROM json_to_recordset($2::json) AS g(grantor text, context text) WHERE g.grantor = s.company_id AND g.context = s.context))
        AND (s.log_commit, s.log_prepare) > ($3::bigint, $4::bigint)
      ORDER BY s.log_commit, s.log_prepare, s.event_id, s.party DESC
      LIMIT $5`,
    [viewer.companyId, JSON.stringify(granted), after.commit, after.prepare, limit + 1],
  );
  const rows = result.rows.slice(0, limit);
  const events = rows.map((row) => feedEventOf(row, viewer.seesPrices));
  const last = rows[rows.length - 1];
  return { events, cursor: encodeFeedCursor(last === undefined ? after : { commit: last.log_commit, prepare: last.log_prepare }), hasMore: result.rows.length > limit };
}

function feedEventOf(row: SharedRow, seesPrices: boolean): FeedEvent {
  return {
    specversion: CLOUDEVENTS_SPEC_VERSION,
    id: row.event_id,
    source: `/renkei/${row.context}`,
    type: cloudEventType(row.stream_id, row.type, row.schema_version),
    time: row.recorded_at.toISOString(),
    subject: row.stream_id,
    datacontenttype: 'application/json',
    streamrevision: row.revision,
    data: seesPrices ? row.data : withoutPrices(row.data),
    cursor: encodeFeedCursor({ commit: row.log_commit, prepare: row.log_prepare }),
  };
}
