import type {
  QuoteRevisedV1,
  QuoteSubmittedV1,
  RfqAnswerOverdueV1,
  RfqAwardedV1,
  RfqCancelledV1,
  RfqDeclinedV1,
  RfqIssuedV2,
} from '@renkei/contracts';

/** Written as v2; a stored v1 RFQ reads as v2 through `upcastRfqIssued` (in `evolve`). */
export interface RfqIssued {
  readonly type: 'RfqIssued';
  readonly data: RfqIssuedV2;
}

export interface QuoteSubmitted {
  readonly type: 'QuoteSubmitted';
  readonly data: QuoteSubmittedV1;
}

export interface QuoteRevised {
  readonly type: 'QuoteRevised';
  readonly data: QuoteRevisedV1;
}

export interface RfqDeclined {
  readonly type: 'RfqDeclined';
  readonly data: RfqDeclinedV1;
}

export interface RfqAwarded {
  readonly type: 'RfqAwarded';
  readonly data: RfqAwardedV1;
}

export interface RfqCancelled {
  readonly type: 'RfqCancelled';
  readonly data: RfqCancelledV1;
}

export interface RfqAnswerOverdue {
  readonly type: 'RfqAnswerOverdue';
  readonly data: RfqAnswerOverdueV1;
}

export type QuotesEvent = RfqIssued | QuoteSubmitted | QuoteRevised | RfqDeclined | RfqAwarded | RfqCancelled | RfqAnswerOverdue;

export function rfqStreamId(rfqId: string): string {
  return `rfq-${rfqId}`;
}
