import { QUOTES_EVENT_SCHEMAS, upcastRfqIssued, type EventEnvelope, type QuotesEventType, type RfqIssuedV1 } from '@renkei/contracts';
import { evolve as evolveRfq, initialRfq, type IssuedRfq, type QuotesEvent } from '@renkei/quotes';
import type { RfqEntity } from './rfq.entity';
import type { RfqQuoteEntity } from './rfq-quote.entity';

export type RfqRow = RfqEntity;
export type RfqQuoteRow = RfqQuoteEntity;

/** Every event of the quotes context: all of them change what an RFQ shows. */
export const RFQ_EVENT_TYPES: readonly QuotesEventType[] = Object.keys(QUOTES_EVENT_SCHEMAS) as QuotesEventType[];

/**
 * Pure projection step: the quotes context's own evolve folds the RFQ's state (a stored v1
 * RfqIssued is read through its upcaster first), and the columns the gateway queries are
 * read off that state. A stream revision already applied changes nothing.
 */
export function evolveRfqRow(row: RfqRow | null, event: EventEnvelope): RfqRow | null {
  if (!(RFQ_EVENT_TYPES as readonly string[]).includes(event.type)) return row;
  if (row !== null && Number(event.revision) <= row.lastRevision) return row;
  if (row === null && event.type !== 'RfqIssued') return row;
  const data = event.type === 'RfqIssued' ? upcastRfqIssued(event.data as unknown as RfqIssuedV1, event.schemaVersion) : event.data;
  const state = evolveRfq(row?.state ?? initialRfq, { type: event.type, data } as unknown as QuotesEvent);
  if (state.status === 'NotIssued') return row;
  return rowOf(state, event);
}

function rowOf(state: IssuedRfq, event: EventEnvelope): RfqRow {
  const { rfq } = state;
  const award = state.status === 'Awarded' ? state.award : null;
  const cancellation = state.status === 'Cancelled' ? state.cancellation : null;
  return {
    rfqId: rfq.rfqId,
    issuedBy: rfq.issuedBy,
    customerOrderId: rfq.customerOrderId,
    status: state.status.toLowerCase(),
    lines: [...rfq.lines],
    answerDeadline: rfq.answerDeadline,
    invited: [...rfq.invited],
    selection: rfq.selection,
    matchCriteria: rfq.matchCriteria,
    quotedBy: state.quotes.map((quote) => quote.workshopId),
    declines: state.declines.map(({ workshopId, reason, declinedAt }) => ({ workshopId, reason, declinedAt })),
    awards: award === null ? [] : [...award.awards],
    unawardedLines: award === null ? [] : [...award.unawardedLines],
    awardedAt: award?.awardedAt ?? null,
    cancelReason: cancellation?.reason ?? null,
    cancelledAt: cancellation?.cancelledAt ?? null,
    overdueMissing: state.overdue === null ? [] : [...state.overdue.missing],
    overdueAt: state.overdue?.detectedAt ?? null,
    issuedAt: rfq.issuedAt,
    updatedAt: event.recordedAt.toISOString(),
    state,
    lastRevision: Number(event.revision),
  };
}

/** The RFQ's quotes as rows of their own, each with every revision, read off the folded state. */
export function quoteRowsOf(row: RfqRow): RfqQuoteRow[] {
  if (row.state.status === 'NotIssued') return [];
  return row.state.quotes.map((quote, index) => {
    const revisions = quote.revisions.map((revision) => ({
      revision: revision.revision,
      lines: [...revision.lines],
      sentAt: 'submittedAt' in revision ? revision.submittedAt : revision.revisedAt,
    }));
    return {
      rfqId: row.rfqId,
      quoteId: quote.quoteId,
      position: index + 1,
      workshopId: quote.workshopId,
      rfqIssuedBy: quote.rfqIssuedBy,
      revisions,
      latestRevision: quote.latest.revision,
      submittedAt: (revisions[0] as (typeof revisions)[number]).sentAt,
      revisedAt: (revisions[revisions.length - 1] as (typeof revisions)[number]).sentAt,
    };
  });
}
