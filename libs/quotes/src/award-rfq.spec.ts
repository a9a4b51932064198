import { deciderSpecification } from '@renkei/testing';
import type { AwardRequest, AwardRfq, QuotesActor } from './quotes-commands';
import { rfqDecider } from './rfq-decider';
import {
  atDeadline,
  bracketLine,
  lead,
  metadata,
  mori,
  okada,
  otherLead,
  quoteLine,
  quoteRevised,
  quoteSubmitted,
  rfqAwarded,
  rfqCancelled,
  rfqId,
  rfqIssued,
  shaftLine,
} from './quotes-test-fixtures';

const spec = deciderSpecification(rfqDecider);

const award = (awards: AwardRequest[], partial = false, actor: QuotesActor = lead, at = atDeadline): AwardRfq => ({
  type: 'AwardRfq',
  data: { rfqId, awards, partial },
  metadata: metadata(actor, at),
});
const everythingToOkada = [
  { lineNo: 1, workshopId: 'okada', quantity: 100 },
  { lineNo: 2, workshopId: 'okada', quantity: 40 },
];
const quoted = [rfqIssued(), quoteSubmitted(okada), quoteSubmitted(mori, [quoteLine(1, '1300', 'JPY', 7)])];

describe('rfq: AwardRfq', () => {
  it('awards the whole RFQ to one workshop at its quoted prices, after the deadline', () => {
    spec
      .given(quoted)
      .when(award(everythingToOkada, false, lead, atDeadline))
      .then([{ type: 'RfqAwarded', data: { ...rfqAwarded().data, awardedAt: atDeadline.toISOString() } }]);
  });

  it('splits a line across workshops, each at its own price, with what a purchase order needs', () => {
    const [event] = rfqDecider.decide(
      award([
        { lineNo: 1, workshopId: 'okada', quantity: 60 },
        { lineNo: 1, workshopId: 'mori', quantity: 40 },
        { lineNo: 2, workshopId: 'okada', quantity: 40 },
      ]),
      quoted.reduce(rfqDecider.evolve, rfqDecider.initialState),
    );
    expect(event?.type === 'RfqAwarded' && event.data.awards).toEqual([
      { lineNo: 1, part: bracketLine.part, dueDate: bracketLine.dueDate, workshopId: 'okada', quantity: 60, quoteId: 'q-okada', quoteRevision: 1, unitPrice: { amount: '1250', currency: 'JPY' }, leadTimeDays: 10 },
      { lineNo: 1, part: bracketLine.part, dueDate: bracketLine.dueDate, workshopId: 'mori', quantity: 40, quoteId: 'q-mori', quoteRevision: 1, unitPrice: { amount: '1300', currency: 'JPY' }, leadTimeDays: 7 },
      { lineNo: 2, part: shaftLine.part, dueDate: shaftLine.dueDate, workshopId: 'okada', quantity: 40, quoteId: 'q-okada', quoteRevision: 1, unitPrice: { amount: '980.5', currency: 'JPY' }, leadTimeDays: 10 },
    ]);
  });

  it('takes the price from the latest revision of the quote', () => {
    const revisedHistory = [...quoted, quoteRevised(okada, 2, [quoteLine(1, '1190', 'JPY', 12), quoteLine(2, '955')])];
    const [event] = rfqDecider.decide(award(everythingToOkada), revisedHistory.reduce(rfqDecider.evolve, rfqDecider.initialState));
    const first = event?.type === 'RfqAwarded' ? event.data.awards[0] : undefined;
    expect(first).toMatchObject({ quoteRevision: 2, unitPrice: { amount: '1190', currency: 'JPY' }, leadTimeDays: 12 });
  });

  it('leaves lines unawarded when the lead says the award is partial', () => {
    const [event] = rfqDecider.decide(award([{ lineNo: 1, workshopId: 'mori', quantity: 100 }], true), quoted.reduce(rfqDecider.evolve, rfqDecider.initialState));
    expect(event?.type === 'RfqAwarded' && event.data.unawardedLines).toEqual([2]);
  });

  it('refuses to leave a line unawarded without partial: true', () => {
    spec.given(quoted).when(award([{ lineNo: 1, workshopId: 'okada', quantity: 100 }])).thenThrows('QUOTES.LINES_NOT_AWARDED');
  });

  it('refuses shares of a line that do not add up to its quantity', () => {
    spec
      .given(quoted)
      .when(award([{ lineNo: 1, workshopId: 'okada', quantity: 60 }, { lineNo: 1, workshopId: 'mori', quantity: 30 }, everythingToOkada[1]!]))
      .thenThrows('QUOTES.AWARD_QUANTITY_MISMATCH');
    spec.given(quoted).when(award([{ lineNo: 1, workshopId: 'okada', quantity: 101 }, everythingToOkada[1]!])).thenThrows('QUOTES.AWARD_QUANTITY_MISMATCH');
  });

  it('refuses a workshop without a quote, or whose latest revision dropped the line', () => {
    spec.given(quoted).when(award([{ lineNo: 1, workshopId: 'sato', quantity: 100 }], true)).thenThrows('QUOTES.NO_QUOTE_FOR_LINE');
    spec.given(quoted).when(award([{ lineNo: 2, workshopId: 'mori', quantity: 40 }], true)).thenThrows('QUOTES.NO_QUOTE_FOR_LINE');
    spec
      .given([...quoted, quoteRevised(okada, 2, [quoteLine(1, '1190')])])
      .when(award(everythingToOkada))
      .thenThrows('QUOTES.NO_QUOTE_FOR_LINE');
  });

  it('refuses a line the RFQ does not have', () => {
    spec.given(quoted).when(award([...everythingToOkada, { lineNo: 3, workshopId: 'okada', quantity: 1 }])).thenThrows('QUOTES.UNKNOWN_LINE');
  });

  it('refuses anyone but the issuing lead; a company neither issuing nor invited is told the RFQ does not exist', () => {
    spec.given(quoted).when(award(everythingToOkada, false, otherLead)).thenThrows('QUOTES.RFQ_NOT_FOUND');
    spec.given(quoted).when(award(everythingToOkada, false, okada)).thenThrows('QUOTES.NOT_THE_ISSUER');
    spec.given(quoted).when(award(everythingToOkada, false, { companyId: lead.companyId, role: 'integrator' })).thenThrows('QUOTES.NOT_THE_ISSUER');
  });

  it('refuses a second award', () => {
    spec.given([...quoted, rfqAwarded()]).when(award(everythingToOkada)).thenThrows('QUOTES.ALREADY_AWARDED');
  });

  it('refuses to award a cancelled RFQ', () => {
    spec.given([...quoted, rfqCancelled()]).when(award(everythingToOkada)).thenThrows('QUOTES.CANCELLED');
  });

  it('refuses an empty award or the same workshop twice on a line', () => {
    spec.given(quoted).when(award([], true)).thenThrows('QUOTES.INVALID_INPUT');
    spec
      .given(quoted)
      .when(award([{ lineNo: 1, workshopId: 'okada', quantity: 50 }, { lineNo: 1, workshopId: 'okada', quantity: 50 }, everythingToOkada[1]!]))
      .thenThrows('QUOTES.INVALID_INPUT');
  });
});
