import type { Pool, PoolClient } from 'pg';
import type { QuotesAwardV1, QuotesMatchCriteriaV1, QuotesRfqLineV1 } from '@renkei/contracts';
import type { ReadModelTable } from '../../read-models/read-model-table';
import type { RfqDeclineRow } from './rfq.entity';
import type { RfqQuoteRow } from './rfq-row';
import type { RfqViewer } from './rfq-viewer';

/** An RFQ cut to what one viewer may see; the issuer-only fields are null for an invited workshop. */
export interface VisibleRfq {
  readonly rfqId: string;
  readonly issuedBy: string;
  readonly asIssuer: boolean;
  /** open, overdue (to the issuer, or to a workshop whose own answer is overdue), awarded or cancelled */
  readonly status: string;
  readonly lines: readonly QuotesRfqLineV1[];
  readonly answerDeadline: string;
  readonly issuedAt: string;
  readonly updatedAt: string;
  readonly customerOrderId: string | null;
  readonly invited: readonly string[] | null;
  readonly selection: string | null;
  readonly matchCriteria: QuotesMatchCriteriaV1 | null;
  readonly quotes: readonly RfqQuoteRow[];
  readonly declines: readonly RfqDeclineRow[];
  readonly awards: readonly QuotesAwardV1[];
  readonly unawardedLines: readonly number[] | null;
  readonly awardedAt: string | null;
  readonly cancelReason: string | null;
  readonly cancelledAt: string | null;
  readonly overdueMissing: readonly string[] | null;
  readonly overdueAt: string | null;
}

/**
 * One RFQ as the viewer may see it, in one statement; null when it is unknown or not the
 * viewer's to see (the same null). Entitlement is decided in the SQL, fail-closed: the issuer
 * sees everything; a workshop invited (or that quoted) sees the lines and, of the quotes,
 * declines and awards, only the entries that name it; anyone else gets no row.
 */
export async function loadVisibleRfq(db: Pool | PoolClient, quotes: ReadModelTable<RfqQuoteRow>, schema: string, rfqId: string, viewer: RfqViewer): Promise<VisibleRfq | null> {
  const result = await db.query<{ rfq: Omit<VisibleRfq, 'quotes'> & { quotes: Array<Record<string, unknown>> } }>(
    `SELECT jsonb_build_object(
         'rfqId', r.rfq_id, 'issuedBy', r.issued_by, 'asIssuer', viewer.issuer,
         'status', CASE WHEN r.status <> 'open' THEN r.status
                        WHEN r.overdue_at IS NOT NULL AND (viewer.issuer OR r.overdue_missing ?| $3::text[]) THEN 'overdue'
                        ELSE 'open' END,
         'lines', r.lines, 'answerDeadline', r.answer_deadline, 'issuedAt', r.issued_at, 'updatedAt', r.updated_at,
         'customerOrderId', CASE WHEN viewer.issuer THEN r.customer_order_id END,
         'invited', CASE WHEN viewer.issuer THEN r.invited END,
         'selection', CASE WHEN viewer.issuer THEN r.selection END,
         'matchCriteria', CASE WHEN viewer.issuer THEN r.match_criteria END,
         'unawardedLines', CASE WHEN viewer.issuer THEN r.unawarded_lines END,
         'overdueMissing', CASE WHEN viewer.issuer THEN r.overdue_missing END,
         'overdueAt', CASE WHEN viewer.issuer OR r.overdue_missing ?| $3::text[] THEN r.overdue_at END,
         'awardedAt', r.awarded_at, 'cancelReason', r.cancel_reason, 'cancelledAt', r.cancelled_at,
         'declines', (SELECT coalesce(jsonb_agg(d.entry ORDER BY d.n), '[]') FROM jsonb_array_elements(r.declines) WITH ORDINALITY AS d(entry, n)
                       WHERE viewer.issuer OR d.entry->>'workshopId' = ANY($3::text[])),
         'awards', (SELECT coalesce(jsonb_agg(a.entry ORDER BY a.n), '[]') FROM jsonb_array_elements(r.awards) WITH ORDINALITY AS a(entry, n)
                     WHERE viewer.issuer OR a.entry->>'workshopId' = ANY($3::text[])),
         'quotes', (SELECT coalesce(jsonb_agg(to_jsonb(q) ORDER BY q.position), '[]') FROM "${schema}".rfq_quotes q
                     WHERE q.rfq_id = r.rfq_id AND (viewer.issuer OR q.workshop_id = ANY($3::text[])))
       ) AS rfq
       FROM "${schema}".rfqs r
       CROSS JOIN LATERAL (SELECT r.issued_by = ANY($2::text[]) AS issuer) viewer
      WHERE r.rfq_id = $1 AND (viewer.issuer OR r.invited ?| $3::text[] OR r.quoted_by ?| $3::text[])`,
    [rfqId, viewer.issuerAs, viewer.workshopAs],
  );
  const found = result.rows[0]?.rfq;
  if (found === undefined) return null;
  return { ...found, quotes: found.quotes.map((columns) => quotes.fromColumns(columns)) };
}
