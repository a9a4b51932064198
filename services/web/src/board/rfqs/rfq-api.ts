import { graphqlRequest } from '../../api/graphql-client';
import type { Money, Offer } from './quote-comparison';

/** An RFQ as the list shows it: enough to see what waits for a decision. */
export interface RfqSummary {
  readonly rfqId: string;
  /** open, overdue, awarded or cancelled */
  readonly status: string;
  readonly issuedAt: string;
  readonly answerDeadline: string;
  readonly customerOrderId: string | null;
  readonly invited: readonly string[] | null;
  readonly lines: ReadonlyArray<{ readonly lineNo: number; readonly partNumber: string }>;
  readonly quotes: ReadonlyArray<{ readonly workshopId: string }>;
  readonly declines: ReadonlyArray<{ readonly workshopId: string }>;
}

export interface RfqLine {
  readonly lineNo: number;
  readonly partNumber: string;
  readonly description: string;
  readonly quantity: number;
  readonly dueDate: string;
  readonly offers: readonly Offer[];
}

export interface RfqAward {
  readonly lineNo: number;
  readonly workshopId: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  readonly leadTimeDays: number;
  readonly dueDate: string;
}

export interface RfqDetail extends Omit<RfqSummary, 'lines'> {
  readonly awardedAt: string | null;
  readonly overdueWorkshops: readonly string[] | null;
  readonly unawardedLines: readonly number[] | null;
  readonly cancellation: { readonly cancelledAt: string; readonly reason: string } | null;
  readonly lines: readonly RfqLine[];
  readonly awards: readonly RfqAward[];
  readonly declines: ReadonlyArray<{ readonly workshopId: string; readonly reason: string; readonly declinedAt: string }>;
}

export interface RfqPage {
  readonly rfqs: readonly RfqSummary[];
  readonly hasMore: boolean;
}

export const RFQ_PAGE_SIZE = 50;

const RFQS = `query BoardRfqs {
  rfqs(first: ${RFQ_PAGE_SIZE}) {
    edges { node { rfqId status issuedAt answerDeadline customerOrderId invited lines { lineNo partNumber } quotes { workshopId } declines { workshopId } } }
    pageInfo { hasNextPage }
  }
}`;

const RFQ = `query BoardRfq($id: String!) {
  rfq(id: $id) {
    rfqId status issuedAt answerDeadline awardedAt customerOrderId invited overdueWorkshops unawardedLines
    cancellation { cancelledAt reason }
    lines { lineNo partNumber description quantity dueDate offers { workshopId quoteId quoteRevision unitPrice { amount currency } leadTimeDays note } }
    quotes { workshopId }
    awards { lineNo workshopId quantity unitPrice { amount currency } leadTimeDays dueDate }
    declines { workshopId reason declinedAt }
  }
}`;

const AWARD_RFQ = `mutation BoardAwardRfq($rfqId: String!, $input: AwardRfqInput!, $idempotencyKey: String!) {
  awardRfq(rfqId: $rfqId, input: $input, idempotencyKey: $idempotencyKey) { replayed }
}`;

export async function loadRfqs(token: string, signal?: AbortSignal): Promise<RfqPage> {
  const answer = await graphqlRequest<{ rfqs: { edges: ReadonlyArray<{ node: RfqSummary }>; pageInfo: { hasNextPage: boolean } } }>(RFQS, {}, token, signal);
  return { rfqs: answer.rfqs.edges.map((edge) => edge.node), hasMore: answer.rfqs.pageInfo.hasNextPage };
}

export async function loadRfq(token: string, rfqId: string, signal?: AbortSignal): Promise<RfqDetail | null> {
  return (await graphqlRequest<{ rfq: RfqDetail | null }>(RFQ, { id: rfqId }, token, signal)).rfq;
}

export interface AwardRfqInput {
  readonly awards: ReadonlyArray<{ readonly lineNo: number; readonly workshopId: string; readonly quantity: number }>;
  readonly partial: boolean;
}

export async function awardRfq(token: string, rfqId: string, input: AwardRfqInput, idempotencyKey: string): Promise<void> {
  await graphqlRequest(AWARD_RFQ, { rfqId, input, idempotencyKey }, token);
}
