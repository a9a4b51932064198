import { deciderSpecification } from '@renkei/testing';
import type { QuotesActor, QuotesCommand } from './quotes-commands';
import { rfqDecider } from './rfq-decider';
import { atDeadline, lead, metadata, okada, otherLead, quoteLine, quoteSubmitted, rfqAwarded, rfqCancelled, rfqId, rfqIssued, stranger } from './quotes-test-fixtures';

const spec = deciderSpecification(rfqDecider);

/** Every command on an existing RFQ, as `actor` would send it. */
const commandBy = {
  SubmitQuote: (actor: QuotesActor): QuotesCommand => ({ type: 'SubmitQuote', data: { rfqId, quoteId: 'q-1', lines: [quoteLine(1, '1250')] }, metadata: metadata(actor) }),
  ReviseQuote: (actor: QuotesActor): QuotesCommand => ({ type: 'ReviseQuote', data: { rfqId, quoteId: 'q-okada', lines: [quoteLine(1, '1190')] }, metadata: metadata(actor) }),
  DeclineRfq: (actor: QuotesActor): QuotesCommand => ({ type: 'DeclineRfq', data: { rfqId, reason: 'too busy' }, metadata: metadata(actor) }),
  AwardRfq: (actor: QuotesActor): QuotesCommand => ({
    type: 'AwardRfq',
    data: { rfqId, awards: [{ lineNo: 1, workshopId: okada.companyId, quantity: 100 }], partial: true },
    metadata: metadata(actor, atDeadline),
  }),
  CancelRfq: (actor: QuotesActor): QuotesCommand => ({ type: 'CancelRfq', data: { rfqId, reason: 'customer withdrew' }, metadata: metadata(actor) }),
};
const histories = {
  open: [rfqIssued(), quoteSubmitted(okada)],
  awarded: [rfqIssued(), quoteSubmitted(okada), rfqAwarded()],
  cancelled: [rfqIssued(), quoteSubmitted(okada), rfqCancelled()],
};
const outsiders = { 'an uninvited workshop': stranger, 'another lead': otherLead };

describe('rfq: a company neither issuing nor invited cannot learn that the RFQ exists', () => {
  describe.each(Object.entries(histories))('on an RFQ %s', (_, history) => {
    describe.each(Object.entries(outsiders))('%s', (_who, outsider) => {
      it.each(Object.entries(commandBy))('%s gets the very refusal of an RFQ never issued', (_type, by) => {
        spec.given(history).when(by(outsider)).thenThrows('QUOTES.RFQ_NOT_FOUND');
        spec.given(history).when(by(outsider)).thenThrowsAsIfGiven([]);
      });
    });
  });

  it('still tells a party acting outside its role what it may not do (403)', () => {
    spec.given(histories.open).when(commandBy.SubmitQuote(lead)).thenThrows('QUOTES.NOT_INVITED');
    spec.given(histories.open).when(commandBy.AwardRfq(okada)).thenThrows('QUOTES.NOT_THE_ISSUER');
    spec.given(histories.open).when(commandBy.CancelRfq(okada)).thenThrows('QUOTES.NOT_THE_ISSUER');
  });
});
