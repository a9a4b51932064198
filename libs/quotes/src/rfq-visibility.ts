import type { QuotesAwardV1, QuotesRfqLineV1, RfqAnswerOverdueV1, RfqAwardedV1, RfqCancelledV1, RfqDeclinedV1, RfqIssuedV2 } from '@renkei/contracts';
import type { QuotesActor } from './quotes-commands';
import type { QuoteHistory, Rfq } from './rfq-state';

/** Who is looking: a company and the role its credential acts in. */
export type QuotesViewer = QuotesActor;

/** The issuing lead's view: everything, including every workshop's prices. */
export interface IssuerRfqView {
  readonly view: 'issuer';
  readonly status: 'Open' | 'Awarded' | 'Cancelled';
  readonly rfq: RfqIssuedV2;
  readonly quotes: readonly QuoteHistory[];
  readonly declines: readonly RfqDeclinedV1[];
  readonly award: RfqAwardedV1 | null;
  readonly cancellation: RfqCancelledV1 | null;
  readonly overdue: RfqAnswerOverdueV1 | null;
}

/**
 * An invited workshop's view: what is asked, and its own answer and awards only.
 * Who else was invited, and what anyone else quoted, declined or won, stays out.
 */
export interface WorkshopRfqView {
  readonly view: 'workshop';
  readonly status: 'Open' | 'Awarded' | 'Cancelled';
  readonly rfqId: string;
  readonly issuedBy: string;
  readonly lines: readonly QuotesRfqLineV1[];
  readonly answerDeadline: string;
  readonly quote: QuoteHistory | null;
  readonly decline: RfqDeclinedV1 | null;
  /** This workshop's share of the award; empty when the RFQ is not awarded or it won nothing. */
  readonly awards: readonly QuotesAwardV1[];
  readonly cancellation: { readonly reason: string; readonly cancelledAt: string } | null;
}

export type RfqView = IssuerRfqView | WorkshopRfqView;

/** A quote (with its prices) is seen by the workshop that made it and the lead that asked for it, nobody else. */
export function quoteVisibleTo(quote: { readonly workshopId: string; readonly rfqIssuedBy: string }, viewer: QuotesViewer): boolean {
  return (viewer.role === 'lead' && viewer.companyId === quote.rfqIssuedBy) || (viewer.role === 'workshop' && viewer.companyId === quote.workshopId);
}

/**
 * What `viewer` may see of an RFQ, or null when it may see nothing. Fail-closed:
 * the issuer must act as a lead and an invited company as a workshop; a
 * coordinator, an integrator or an uninvited company gets null.
 */
export function projectRfqFor(state: Rfq, viewer: QuotesViewer): RfqView | null {
  if (state.status === 'NotIssued') return null;
  const award = state.status === 'Awarded' ? state.award : null;
  const cancellation = state.status === 'Cancelled' ? state.cancellation : null;
  if (viewer.role === 'lead' && viewer.companyId === state.rfq.issuedBy) {
    return { view: 'issuer', status: state.status, rfq: state.rfq, quotes: state.quotes, declines: state.declines, award, cancellation, overdue: state.overdue };
  }
  if (viewer.role === 'workshop' && state.rfq.invited.includes(viewer.companyId)) {
    return {
      view: 'workshop',
      status: state.status,
      rfqId: state.rfq.rfqId,
      issuedBy: state.rfq.issuedBy,
      lines: state.rfq.lines,
      answerDeadline: state.rfq.answerDeadline,
      quote: state.quotes.find((quote) => quote.workshopId === viewer.companyId && quoteVisibleTo(quote, viewer)) ?? null,
      decline: state.declines.find((decline) => decline.workshopId === viewer.companyId) ?? null,
      awards: award === null ? [] : award.awards.filter((share) => share.workshopId === viewer.companyId),
      cancellation: cancellation === null ? null : { reason: cancellation.reason, cancelledAt: cancellation.cancelledAt },
    };
  }
  return null;
}
