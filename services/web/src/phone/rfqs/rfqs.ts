import { graphqlRequest } from '../../api/graphql-client';
import type { Money } from '../outbox/phone-commands';

export interface RfqLine {
  readonly lineNo: number;
  readonly partNumber: string;
  readonly description: string;
  readonly quantity: number;
  /** YYYY-MM-DD */
  readonly dueDate: string;
  readonly drawingRefs: readonly string[];
}

export interface OwnQuoteLine {
  readonly lineNo: number;
  readonly unitPrice: Money;
  readonly leadTimeDays: number;
  readonly note: string | null;
}

/** The workshop's own quote: the revision that counts. */
export interface OwnQuote {
  readonly quoteId: string;
  readonly latestRevision: number;
  readonly revisedAt: string;
  readonly lines: readonly OwnQuoteLine[];
}

/** A request for quotation the workshop was invited to, as `rfqs` shows it to that workshop. */
export interface PhoneRfq {
  readonly rfqId: string;
  /** open, overdue (its own answer missing past the deadline), awarded or cancelled */
  readonly status: string;
  readonly issuedBy: string;
  readonly issuedAt: string;
  readonly answerDeadline: string;
  readonly lines: readonly RfqLine[];
  /** Its own quote, or none. */
  readonly quotes: readonly OwnQuote[];
  /** Its own decline, or none. */
  readonly declines: ReadonlyArray<{ readonly reason: string; readonly declinedAt: string }>;
}

/** RFQs a workshop can still act on or should know about; awarded and cancelled ones are history. */
export const RFQ_STATUSES_SHOWN = ['open', 'overdue'] as const;
/** Kept small: each RFQ's lines and quote lines count against the gateway's query cost limit. */
export const RFQ_PAGE_SIZE = 20;

// A literal page size: the gateway's cost limit counts `first: $variable` as the largest page.
const RFQS = `query PhoneRfqs($status: [String!]) {
  rfqs(filter: { status: $status }, first: ${RFQ_PAGE_SIZE}) {
    edges { node { rfqId status issuedBy issuedAt answerDeadline
      lines { lineNo partNumber description quantity dueDate drawingRefs }
      quotes { quoteId latestRevision revisedAt lines { lineNo leadTimeDays note unitPrice { amount currency } } }
      declines { reason declinedAt } } }
    pageInfo { hasNextPage }
  }
}`;

interface RfqsAnswer {
  readonly rfqs: { readonly edges: ReadonlyArray<{ readonly node: PhoneRfq }>; readonly pageInfo: { readonly hasNextPage: boolean } };
}

export async function loadRfqs(token: string, signal?: AbortSignal): Promise<{ readonly rfqs: readonly PhoneRfq[]; readonly hasMore: boolean }> {
  const answer = await graphqlRequest<RfqsAnswer>(RFQS, { status: [...RFQ_STATUSES_SHOWN] }, token, signal);
  return { rfqs: answer.rfqs.edges.map((edge) => edge.node), hasMore: answer.rfqs.pageInfo.hasNextPage };
}

/** What the workshop may still do on it: quote (or revise its quote) and decline, until the deadline or the award. */
export function rfqStage(rfq: PhoneRfq, now: Date): 'to-answer' | 'quoted' | 'declined' | 'closed' {
  const open = rfq.status === 'open' && Date.parse(rfq.answerDeadline) > now.getTime();
  if (rfq.declines.length > 0) return 'declined';
  if (!open) return 'closed';
  return rfq.quotes.length > 0 ? 'quoted' : 'to-answer';
}
