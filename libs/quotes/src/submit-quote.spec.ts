import { deciderSpecification } from '@renkei/testing';
import type { QuotesQuoteLineV1 } from '@renkei/contracts';
import type { QuotesActor, SubmitQuote } from './quotes-commands';
import { rfqDecider } from './rfq-decider';
import { lead, metadata, mori, now, okada, quoteLine, quoteSubmitted, rfqDeclined, rfqId, rfqIssued, stranger } from './quotes-test-fixtures';

const spec = deciderSpecification(rfqDecider);

const submit = (actor: QuotesActor = okada, lines: QuotesQuoteLineV1[] = [quoteLine(1, '1250'), quoteLine(2, '980.5')], quoteId = `q-${actor.companyId}`): SubmitQuote => ({
  type: 'SubmitQuote',
  data: { rfqId, quoteId, lines },
  metadata: metadata(actor),
});

describe('rfq: SubmitQuote', () => {
  it('records an invited workshop\'s quote as revision 1, naming both parties', () => {
    spec.given([rfqIssued()]).when(submit()).then([quoteSubmitted(okada)]);
  });

  it('accepts a quote for a subset of the lines', () => {
    spec
      .given([rfqIssued()])
      .when(submit(mori, [quoteLine(2, '1100', 'JPY', 14)]))
      .then([quoteSubmitted(mori, [quoteLine(2, '1100', 'JPY', 14)])]);
  });

  it('answers a workshop that was not invited as if the RFQ did not exist', () => {
    spec.given([rfqIssued()]).when(submit(stranger)).thenThrows('QUOTES.RFQ_NOT_FOUND');
  });

  it('refuses the issuing lead quoting on its own RFQ', () => {
    spec.given([rfqIssued()]).when(submit(lead)).thenThrows('QUOTES.NOT_INVITED');
  });

  it('refuses a quote on an RFQ that was never issued', () => {
    spec.given([]).when(submit()).thenThrows('QUOTES.RFQ_NOT_FOUND');
  });

  it('refuses a line the RFQ does not have', () => {
    spec.given([rfqIssued()]).when(submit(okada, [quoteLine(3, '10')])).thenThrows('QUOTES.UNKNOWN_LINE');
  });

  it('refuses a quote priced in two currencies', () => {
    spec
      .given([rfqIssued()])
      .when(submit(okada, [quoteLine(1, '1250', 'JPY'), quoteLine(2, '8.10', 'USD')]))
      .thenThrows('QUOTES.MIXED_CURRENCIES');
  });

  it('refuses a second submission by the same workshop: that is a revision', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada)]).when(submit(okada, [quoteLine(1, '1200')], 'q-okada-2')).thenThrows('QUOTES.ALREADY_QUOTED');
  });

  it('refuses a quote after the workshop declined', () => {
    spec.given([rfqIssued(), rfqDeclined(okada)]).when(submit()).thenThrows('QUOTES.ALREADY_DECLINED');
  });

  it('refuses a quote id another workshop already used', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada)]).when(submit(mori, undefined, 'q-okada')).thenThrows('QUOTES.DUPLICATE_QUOTE_ID');
  });

  it('refuses an amount that is not a decimal string, or a line quoted twice', () => {
    const floaty = { ...quoteLine(1, '0'), unitPrice: { amount: '1e3', currency: 'JPY' } };
    spec.given([rfqIssued()]).when(submit(okada, [floaty])).thenThrows('QUOTES.INVALID_INPUT');
    spec.given([rfqIssued()]).when(submit(okada, [quoteLine(1, '1'), quoteLine(1, '2')])).thenThrows('QUOTES.INVALID_INPUT');
    spec.given([rfqIssued()]).when(submit(okada, [])).thenThrows('QUOTES.INVALID_INPUT');
  });

  it('keeps the submission time from the command, not a clock', () => {
    const [event] = rfqDecider.decide(submit(), [rfqIssued()].reduce(rfqDecider.evolve, rfqDecider.initialState));
    expect(event?.type === 'QuoteSubmitted' && event.data.submittedAt).toBe(now.toISOString());
  });
});
