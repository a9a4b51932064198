import type { Pool, PoolClient } from 'pg';
import { decodeListCursor, encodeListCursor, isText, isTimestamp } from '../../paging';
import type { ReadModelTable } from '../../read-models/read-model-table';
import type { RfqQuoteRow } from './rfq-row';
import type { RfqViewer } from './rfq-viewer';
import { rfqStatusSeen, rfqViewerJoin, rfqVisibleTo, toVisibleRfq, visibleRfqObject, type SelectedRfq, type VisibleRfq } from './rfq.query';

/** Every status an RFQ can show (Rfq.status); overdue as the viewer sees it. */
export const RFQ_STATUSES = ['open', 'overdue', 'awarded', 'cancelled'] as const;

/** Newest first: the sort key a cursor holds. */
export interface RfqSortKey {
  readonly issuedAt: string;
  readonly rfqId: string;
}

const LIST = 'rfqs';

export function encodeRfqCursor(rfq: RfqSortKey): string {
  return encodeListCursor(LIST, [rfq.issuedAt, rfq.rfqId]);
}

export function decodeRfqCursor(cursor: string): RfqSortKey | null {
  const key = decodeListCursor(LIST, cursor);
  if (key === null || key.length !== 2) return null;
  const [issuedAt, rfqId] = key;
  return isTimestamp(issuedAt) && isText(rfqId) ? { issuedAt, rfqId } : null;
}

export interface RfqPageRequest {
  /** Null: every status; else the statuses as the viewer sees them. */
  readonly statuses: readonly string[] | null;
  readonly first: number;
  readonly after: RfqSortKey | null;
}

/**
 * A page of the RFQs the viewer issued or was invited to (or quoted on), newest first, each cut
 * as rfq(id) cuts it for the viewer; read with one extra row, so the caller can tell whether
 * another page follows.
 */
export async function loadVisibleRfqs(db: Pool | PoolClient, quotes: ReadModelTable<RfqQuoteRow>, schema: string, viewer: RfqViewer, page: RfqPageRequest): Promise<VisibleRfq[]> {
  const parameters = { issuerAs: '$1', workshopAs: '$2' };
  const after = page.after;
  const result = await db.query<{ rfq: SelectedRfq }>(
    `SELECT ${visibleRfqObject(schema, parameters)} AS rfq
       FROM "${schema}".rfqs r
       ${rfqViewerJoin(parameters)}
      WHERE ${rfqVisibleTo(parameters)}
        AND ($3::text[] IS NULL OR (${rfqStatusSeen(parameters)}) = ANY($3::text[]))
        AND ($4::timestamptz IS NULL OR (r.issued_at, r.rfq_id) < ($4::timestamptz, $5::text))
      ORDER BY r.issued_at DESC, r.rfq_id DESC
      LIMIT $6`,
    [viewer.issuerAs, viewer.workshopAs, page.statuses, after?.issuedAt ?? null, after?.rfqId ?? null, page.first + 1],
  );
  return result.rows.map((row) => toVisibleRfq(row.rfq, quotes));
}
