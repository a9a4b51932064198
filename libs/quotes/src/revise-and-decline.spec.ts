import { deciderSpecification } from '@renkei/testing';
import type { DeclineRfq, QuotesActor, ReviseQuote } from './quotes-commands';
import { rfqDecider } from './rfq-decider';
import { evolve, initialRfq } from './rfq-state';
import { metadata, mori, okada, quoteLine, quoteRevised, quoteSubmitted, rfqDeclined, rfqId, rfqIssued, stranger } from './quotes-test-fixtures';

const spec = deciderSpecification(rfqDecider);

const revise = (actor: QuotesActor = okada, quoteId = `q-${actor.companyId}`, lines = [quoteLine(1, '1190'), quoteLine(2, '960')]): ReviseQuote => ({
  type: 'ReviseQuote',
  data: { rfqId, quoteId, lines },
  metadata: metadata(actor),
});
const decline = (actor: QuotesActor = okada, reason = 'no capacity in December'): DeclineRfq => ({
  type: 'DeclineRfq',
  data: { rfqId, reason },
  metadata: metadata(actor),
});

describe('rfq: ReviseQuote', () => {
  it('records the next revision of the workshop\'s quote', () => {
    spec
      .given([rfqIssued(), quoteSubmitted(okada)])
      .when(revise())
      .then([quoteRevised(okada, 2, [quoteLine(1, '1190'), quoteLine(2, '960')])]);
  });

  it('numbers revisions on from the latest one', () => {
    spec
      .given([rfqIssued(), quoteSubmitted(okada), quoteRevised(okada, 2, [quoteLine(1, '1190')])])
      .when(revise(okada, 'q-okada', [quoteLine(1, '1150')]))
      .then([quoteRevised(okada, 3, [quoteLine(1, '1150')])]);
  });

  it('keeps every revision, the latest counting', () => {
    const state = [rfqIssued(), quoteSubmitted(okada), quoteRevised(okada, 2, [quoteLine(1, '1190')])].reduce(evolve, initialRfq);
    const quote = state.status === 'Open' ? state.quotes[0] : undefined;
    expect(quote?.revisions.map((revision) => revision.revision)).toEqual([1, 2]);
    expect(quote?.latest.lines).toEqual([quoteLine(1, '1190')]);
  });

  it('refuses a workshop that has no quote yet', () => {
    spec.given([rfqIssued()]).when(revise()).thenThrows('QUOTES.QUOTE_NOT_FOUND');
  });

  it('refuses another workshop\'s quote id exactly like an unknown one', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada), quoteSubmitted(mori)]).when(revise(mori, 'q-okada')).thenThrows('QUOTES.QUOTE_NOT_FOUND');
  });

  it('refuses a workshop that declined', () => {
    spec.given([rfqIssued(), rfqDeclined(okada)]).when(revise()).thenThrows('QUOTES.ALREADY_DECLINED');
  });

  it('answers a company that was not invited as if the RFQ did not exist', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada)]).when(revise(stranger, 'q-okada')).thenThrows('QUOTES.RFQ_NOT_FOUND');
  });

  it('applies the quote rules to the new revision', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada)]).when(revise(okada, 'q-okada', [quoteLine(9, '1')])).thenThrows('QUOTES.UNKNOWN_LINE');
    spec
      .given([rfqIssued(), quoteSubmitted(okada)])
      .when(revise(okada, 'q-okada', [quoteLine(1, '1', 'JPY'), quoteLine(2, '1', 'EUR')]))
      .thenThrows('QUOTES.MIXED_CURRENCIES');
  });
});

describe('rfq: DeclineRfq', () => {
  it('records the decline with its reason', () => {
    spec.given([rfqIssued()]).when(decline()).then([rfqDeclined(okada)]);
  });

  it('refuses a second decline', () => {
    spec.given([rfqIssued(), rfqDeclined(okada)]).when(decline()).thenThrows('QUOTES.ALREADY_DECLINED');
  });

  it('refuses declining after quoting', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada)]).when(decline()).thenThrows('QUOTES.ALREADY_QUOTED');
  });

  it('answers a company that was not invited as if the RFQ did not exist', () => {
    spec.given([rfqIssued()]).when(decline(stranger)).thenThrows('QUOTES.RFQ_NOT_FOUND');
  });

  it('refuses a blank reason', () => {
    spec.given([rfqIssued()]).when(decline(okada, '  ')).thenThrows('QUOTES.INVALID_INPUT');
  });
});
