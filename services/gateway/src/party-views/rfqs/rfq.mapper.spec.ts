import { LEAD, MORI, OKADA, award, bracketLine, quoteLine, rfqStream, shaftLine } from '../party-view-events.fixtures';
import { toRfqModel } from './rfq.mapper';
import { evolveRfqRow, quoteRowsOf, type RfqRow } from './rfq-row';
import type { VisibleRfq } from './rfq.query';

const rfq = rfqStream('RFQ-1');
const row = [
  rfq.issued(),
  rfq.submitted(OKADA, [quoteLine(1, '1250.75'), quoteLine(2, '990')]),
  rfq.submitted(MORI, [quoteLine(1, '1277.25', 25)]),
  rfq.revised(OKADA, 2, [quoteLine(1, '1190.40', 18)]),
  rfq.awarded([award(bracketLine, OKADA, 100, '1190.40', 2)], [2]),
].reduce<RfqRow | null>(evolveRfqRow, null) as RfqRow;

/** As the query hands it to the issuer. */
const issuerView: VisibleRfq = {
  rfqId: row.rfqId,
  issuedBy: LEAD,
  asIssuer: true,
  status: 'awarded',
  lines: row.lines,
  answerDeadline: row.answerDeadline,
  issuedAt: row.issuedAt,
  updatedAt: row.updatedAt,
  customerOrderId: row.customerOrderId,
  invited: row.invited,
  selection: row.selection,
  matchCriteria: null,
  quotes: quoteRowsOf(row),
  declines: [],
  awards: row.awards,
  unawardedLines: row.unawardedLines,
  awardedAt: row.awardedAt,
  cancelReason: null,
  cancelledAt: null,
  overdueMissing: [],
  overdueAt: null,
};

describe('RFQ as GraphQL objects', () => {
  it('lays the latest revision of every visible quote side by side on each line', () => {
    const model = toRfqModel(issuerView);
    expect(model.lines.map((line) => [line.lineNo, line.offers.map((offer) => [offer.workshopId, offer.quoteRevision, offer.unitPrice.amount, offer.leadTimeDays])])).toEqual([
      [1, [[OKADA, 2, '1190.40', 18], [MORI, 1, '1277.25', 25]]],
      // Okada's revision 2 no longer offers line 2: its first offer does not count any more.
      [2, []],
    ]);
    expect(model.lines[1]).toMatchObject({ partNumber: shaftLine.part.partNumber, bomNodeId: null, dueDate: '2026-12-20' });
    expect(model.quotes.find((quote) => quote.workshopId === OKADA)?.revisions.map((revision) => revision.lines.map((line) => line.unitPrice.amount))).toEqual([
      ['1250.75', '990'],
      ['1190.40'],
    ]);
    expect(model).toMatchObject({ status: 'awarded', unawardedLines: [2], awardedAt: new Date('2026-11-28T09:00:00.000Z'), cancellation: null });
    expect(model.awards).toEqual([expect.objectContaining({ workshopId: OKADA, quantity: 100, quoteRevision: 2, unitPrice: { amount: '1190.40', currency: 'JPY' }, dueDate: '2026-12-15' })]);
  });

  it('shows a workshop only what the query let through: its own offer, no issuer-only fields', () => {
    const model = toRfqModel({
      ...issuerView,
      asIssuer: false,
      quotes: quoteRowsOf(row).filter((quote) => quote.workshopId === MORI),
      awards: [],
      customerOrderId: null,
      invited: null,
      selection: null,
      unawardedLines: null,
      overdueMissing: null,
    });
    expect(model.lines[0]?.offers.map((offer) => offer.workshopId)).toEqual([MORI]);
    expect(JSON.stringify(model)).not.toContain(OKADA);
    expect(JSON.stringify(model)).not.toContain('1190.40');
    expect(model).toMatchObject({ invited: null, unawardedLines: null, overdueWorkshops: null, customerOrderId: null, awards: [] });
  });

  it('a cancelled RFQ carries its reason and time', () => {
    expect(toRfqModel({ ...issuerView, status: 'cancelled', cancelReason: 'the customer withdrew', cancelledAt: '2026-11-22T09:00:00.000Z' }).cancellation).toEqual({
      reason: 'the customer withdrew',
      cancelledAt: new Date('2026-11-22T09:00:00.000Z'),
    });
  });
});
