import { upcastRfqIssued, type QuoteRevisedV1, type QuoteSubmittedV1, type RfqAnswerOverdueV1, type RfqAwardedV1, type RfqCancelledV1, type RfqDeclinedV1, type RfqIssuedV2 } from '@renkei/contracts';
import type { QuotesEvent } from './quotes-events';

/** One revision of a quote; the submission is revision 1. */
export type QuoteRevision = QuoteSubmittedV1 | QuoteRevisedV1;

/** A workshop's quote with every revision it ever sent, oldest first; the last one counts. */
export interface QuoteHistory {
  readonly quoteId: string;
  readonly workshopId: string;
  readonly rfqIssuedBy: string;
  /** Oldest first; never empty. */
  readonly revisions: readonly QuoteRevision[];
  /** The revision that counts: the last one sent. */
  readonly latest: QuoteRevision;
}

/** What every issued RFQ holds, whatever became of it. */
export interface IssuedRfqFacts {
  readonly rfq: RfqIssuedV2;
  readonly quotes: readonly QuoteHistory[];
  readonly declines: readonly RfqDeclinedV1[];
  /** The overdue notice, once sent; it is sent at most once. */
  readonly overdue: RfqAnswerOverdueV1 | null;
}

export type Rfq =
  | { readonly status: 'NotIssued' }
  | ({ readonly status: 'Open' } & IssuedRfqFacts)
  | ({ readonly status: 'Awarded'; readonly award: RfqAwardedV1 } & IssuedRfqFacts)
  | ({ readonly status: 'Cancelled'; readonly cancellation: RfqCancelledV1 } & IssuedRfqFacts);

export type IssuedRfq = Exclude<Rfq, { status: 'NotIssued' }>;

export const initialRfq: Rfq = { status: 'NotIssued' };

/**
 * Events are facts the decider already checked, so evolve only records them.
 * A stream always starts with RfqIssued; any other event on an unissued RFQ
 * cannot come from decide and is ignored rather than invented into a state.
 */
export function evolve(state: Rfq, event: QuotesEvent): Rfq {
  if (event.type === 'RfqIssued') {
    if (state.status !== 'NotIssued') return state;
    // Streams written before v2 hold v1 data, passed through unchanged by the command handler.
    const rfq = upcastRfqIssued(event.data, 'customerOrderId' in event.data ? 2 : 1);
    return { status: 'Open', rfq, quotes: [], declines: [], overdue: null };
  }
  if (state.status === 'NotIssued') return state;
  switch (event.type) {
    case 'QuoteSubmitted': {
      const { quoteId, workshopId, rfqIssuedBy } = event.data;
      return { ...state, quotes: [...state.quotes, { quoteId, workshopId, rfqIssuedBy, revisions: [event.data], latest: event.data }] };
    }
    case 'QuoteRevised':
      return {
        ...state,
        quotes: state.quotes.map((quote) =>
          quote.quoteId === event.data.quoteId ? { ...quote, revisions: [...quote.revisions, event.data], latest: event.data } : quote,
        ),
      };
    case 'RfqDeclined':
      return { ...state, declines: [...state.declines, event.data] };
    case 'RfqAwarded':
      return { ...state, status: 'Awarded', award: event.data };
    case 'RfqCancelled':
      return { ...state, status: 'Cancelled', cancellation: event.data };
    case 'RfqAnswerOverdue':
      return { ...state, overdue: event.data };
    default:
      return assertNever(event);
  }
}

export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
