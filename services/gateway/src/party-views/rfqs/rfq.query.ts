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

/** Names of the SQL parameters holding the viewer: text[] parameters, as RfqViewer's fields. */
export interface RfqViewerParameters {
  readonly issuerAs: string;
  readonly workshopAs: string;
}

/** Joins `viewer.issuer` to the RFQ `r`: whether the viewer sees it as its issuer. */
export function rfqViewerJoin({ issuerAs }: RfqViewerParameters): string {
  return `CROSS JOIN LATERAL (SELECT r.issued_by = ANY(${issuerAs}::text[]) AS issuer) viewer`;
}

/** The RFQ's status as the viewer sees it: overdue only to the issuer and to a workshop whose own answer is missing. */
export function rfqStatusSeen({ workshopAs }: RfqViewerParameters): string {
  return `CASE WHEN r.status <> 'open' THEN r.status
               WHEN r.overdue_at IS NOT NULL AND (viewer.issuer OR r.overdue_missing ?| ${workshopAs}::text[]) THEN 'overdue'
               ELSE 'open' END`;
}

/**
 * Whether the viewer may see the RFQ `r` at all (fail-closed): its issuer, and a workshop invited
 * (or that quoted). Every RFQ query filters with it.
 */
export function rfqVisibleTo({ workshopAs }: RfqViewerParameters): string {
  return `(viewer.issuer OR r.invited ?| ${workshopAs}::text[] OR r.quoted_by ?| ${workshopAs}::text[])`;
}

/**
 * The RFQ `r` cut to what the viewer may see, as one jsonb object: the issuer sees everything; an
 * invited workshop the lines and, of the quotes, declines and awards, only the entries that name
 * it. Every RFQ query selects with it (then toVisibleRfq).
 */
export function visibleRfqObject(schema: string, parameters: RfqViewerParameters): string {
  const { workshopAs } = parameters;
  return `jsonb_build_object(
         'rfqId', r.rfq_id, 'issuedBy', r.issued_by, 'asIssuer', viewer.issuer,
         'status', ${rfqStatusSeen(parameters)},
         'lines', r.lines, 'answerDeadline', r.answer_deadline, 'issuedAt', r.issued_at, 'updatedAt', r.updated_at,
         'customerOrderId', CASE WHEN viewer.issuer THEN r.customer_order_id END,
         'invited', CASE WHEN viewer.issuer THEN r.invited END,
         'selection', CASE WHEN viewer.issuer THEN r.selection END,
         'matchCriteria', CASE WHEN viewer.issuer THEN r.match_criteria END,
         'unawardedLines', CASE WHEN viewer.issuer THEN r.unawarded_lines END,
         'overdueMissing', CASE WHEN viewer.issuer THEN r.overdue_missing END,
         'overdueAt', CASE WHEN viewer.issuer OR r.overdue_missing ?| ${workshopAs}::text[] THEN r.overdue_at END,
         'awardedAt', r.awarded_at, 'cancelReason', r.cancel_reason, 'cancelledAt', r.cancelled_at,
         'declines', (SELECT coalesce(jsonb_agg(d.entry ORDER BY d.n), '[]') FROM jsonb_array_elements(r.declines) WITH ORDINALITY AS d(entry, n)
                       WHERE viewer.issuer OR d.entry->>'workshopId' = ANY(${workshopAs}::text[])),
         'awards', (SELECT coalesce(jsonb_agg(a.entry ORDER BY a.n), '[]') FROM jsonb_array_elements(r.awards) WITH ORDINALITY AS a(entry, n)
                     WHERE viewer.issuer OR a.entry->>'workshopId' = ANY(${workshopAs}::text[])),
         'quotes', (SELECT coalesce(jsonb_agg(to_jsonb(q) ORDER BY q.position), '[]') FROM "${schema}".rfq_quotes q
                     WHERE q.rfq_id = r.rfq_id AND (viewer.issuer OR q.workshop_id = ANY(${workshopAs}::text[]))))`;
}

/** What visibleRfqObject selected, with its quote rows read back. */
export type SelectedRfq = Omit<VisibleRfq, 'quotes'> & { quotes: Array<Record<string, unknown>> };

export function toVisibleRfq(selected: SelectedRfq, quotes: ReadModelTable<RfqQuoteRow>): VisibleRfq {
  return { ...selected, quotes: selected.quotes.map((columns) => quotes.fromColumns(columns)) };
}

/** One RFQ as the viewer may see it, in one statement; null when it is unknown or not the viewer's to see (the same null). */
export async function loadVisibleRfq(db: Pool | PoolClient, quotes: ReadModelTable<RfqQuoteRow>, schema: string, rfqId: string, viewer: RfqViewer): Promise<VisibleRfq | null> {
  const parameters = { issuerAs: '$2', workshopAs: '$3' };
  const result = await db.query<{ rfq: SelectedRfq }>(
    `SELECT ${visibleRfqObject(schema, parameters)} AS rfq
       FROM "${schema}".rfqs r
       ${rfqViewerJoin(parameters)}
      WHERE r.rfq_id = $1 AND ${rfqVisibleTo(parameters)}`,
    [rfqId, viewer.issuerAs, viewer.workshopAs],
  );
  const found = result.rows[0]?.rfq;
  return found === undefined ? null : toVisibleRfq(found, quotes);
}
