import { deciderSpecification } from '@renkei/testing';
import type { CancelRfq, QuotesActor } from './quotes-commands';
import { rfqDecider } from './rfq-decider';
import { lead, metadata, okada, otherLead, quoteSubmitted, rfqAwarded, rfqCancelled, rfqId, rfqIssued } from './quotes-test-fixtures';

const spec = deciderSpecification(rfqDecider);

const cancel = (actor: QuotesActor = lead, reason = 'customer withdrew the order'): CancelRfq => ({ type: 'CancelRfq', data: { rfqId, reason }, metadata: metadata(actor) });

describe('rfq: CancelRfq', () => {
  it('records the cancellation and why', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada)]).when(cancel()).then([rfqCancelled()]);
  });

  it('refuses anyone but the issuing lead; a company neither issuing nor invited is told the RFQ does not exist', () => {
    spec.given([rfqIssued()]).when(cancel(otherLead)).thenThrows('QUOTES.RFQ_NOT_FOUND');
    spec.given([rfqIssued()]).when(cancel(okada)).thenThrows('QUOTES.NOT_THE_ISSUER');
  });

  it('refuses to cancel after the award', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada), rfqAwarded()]).when(cancel()).thenThrows('QUOTES.ALREADY_AWARDED');
  });

  it('refuses to cancel twice', () => {
    spec.given([rfqIssued(), rfqCancelled()]).when(cancel()).thenThrows('QUOTES.CANCELLED');
  });

  it('refuses an RFQ that was never issued', () => {
    spec.given([]).when(cancel()).thenThrows('QUOTES.RFQ_NOT_FOUND');
  });

  it('refuses a blank reason', () => {
    spec.given([rfqIssued()]).when(cancel(lead, '')).thenThrows('QUOTES.INVALID_INPUT');
  });
});
