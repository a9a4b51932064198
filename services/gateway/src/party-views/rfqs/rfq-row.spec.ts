import type { EventEnvelope } from '@renkei/contracts';
import { LEAD, MORI, OKADA, SATO, award, bracketLine, quoteLine, rfqStream, shaftLine } from '../party-view-events.fixtures';
import { evolveRfqRow, quoteRowsOf, type RfqRow } from './rfq-row';

const fold = (events: EventEnvelope[]) => events.reduce<RfqRow | null>(evolveRfqRow, null);

describe('RFQ projection', () => {
  it('an issued RFQ shows its lines, invited workshops and customer order, open', () => {
    const rfq = rfqStream('RFQ-1');
    expect(fold([rfq.issued()])).toMatchObject({
      rfqId: 'RFQ-1',
      issuedBy: LEAD,
      customerOrderId: 'CO-1',
      status: 'open',
      lines: [bracketLine, shaftLine],
      invited: [OKADA, MORI, SATO],
      quotedBy: [],
      awards: [],
      overdueMissing: [],
      lastRevision: 0,
    });
  });

  it('reads a v1 RfqIssued through its upcaster: no customer order', () => {
    expect(fold([rfqStream('RFQ-1').issuedV1()])).toMatchObject({ rfqId: 'RFQ-1', customerOrderId: null, status: 'open' });
  });

  it('fails loudly on an RfqIssued version it does not know, rather than guess', () => {
    const future = { ...rfqStream('RFQ-1').issued(), schemaVersion: 9 };
    expect(() => evolveRfqRow(null, future)).toThrow(/schema version 9/);
  });

  it('keeps every quote with every revision and its prices for the quote rows, the latest counting', () => {
    const rfq = rfqStream('RFQ-1');
    const row = fold([
      rfq.issued(),
      rfq.submitted(OKADA, [quoteLine(1, '1250.75')]),
      rfq.submitted(MORI, [quoteLine(1, '1277.25'), quoteLine(2, '830.15')]),
      rfq.revised(OKADA, 2, [quoteLine(1, '1190.40', 18)]),
    ]) as RfqRow;
    expect(row.quotedBy).toEqual([OKADA, MORI]);
    expect(quoteRowsOf(row)).toEqual([
      {
        rfqId: 'RFQ-1',
        quoteId: `q-${OKADA}`,
        position: 1,
        workshopId: OKADA,
        rfqIssuedBy: LEAD,
        revisions: [
          { revision: 1, lines: [quoteLine(1, '1250.75')], sentAt: '2026-11-20T10:00:00.000Z' },
          { revision: 2, lines: [quoteLine(1, '1190.40', 18)], sentAt: '2026-11-21T10:00:00.000Z' },
        ],
        latestRevision: 2,
        submittedAt: '2026-11-20T10:00:00.000Z',
        revisedAt: '2026-11-21T10:00:00.000Z',
      },
      expect.objectContaining({ quoteId: `q-${MORI}`, position: 2, workshopId: MORI, latestRevision: 1, revisions: [expect.objectContaining({ revision: 1 })] }),
    ]);
  });

  it('records declines, the overdue notice, and the award with every share', () => {
    const rfq = rfqStream('RFQ-1');
    const shares = [award(bracketLine, OKADA, 60, '1190.40', 2), award(bracketLine, MORI, 40, '1277.25')];
    const overdue = fold([rfq.issued(), rfq.submitted(OKADA, [quoteLine(1, '1250')]), rfq.submitted(MORI, [quoteLine(1, '1277.25')]), rfq.declined(SATO), rfq.overdue([SATO])]);
    expect(overdue).toMatchObject({ status: 'open', declines: [{ workshopId: SATO, reason: 'no capacity in December' }], overdueMissing: [SATO], overdueAt: '2026-11-27T08:05:00.000Z' });
    const awarded = evolveRfqRow(overdue, rfq.awarded(shares, [2]));
    expect(awarded).toMatchObject({ status: 'awarded', awards: shares, unawardedLines: [2], awardedAt: '2026-11-28T09:00:00.000Z', lastRevision: 5 });
  });

  it('a cancelled RFQ says why and when', () => {
    const rfq = rfqStream('RFQ-1');
    expect(fold([rfq.issued(), rfq.cancelled()])).toMatchObject({ status: 'cancelled', cancelReason: 'the customer withdrew', cancelledAt: '2026-11-22T09:00:00.000Z' });
  });

  it('ignores a revision it has already applied, and anything before the RFQ was issued', () => {
    const rfq = rfqStream('RFQ-1');
    const issued = rfq.issued();
    const quoted = rfq.submitted(OKADA, [quoteLine(1, '1250')]);
    const once = fold([issued, quoted]) as RfqRow;
    expect(evolveRfqRow(once, quoted)).toBe(once);
    expect(evolveRfqRow(once, issued)).toBe(once);
    expect(evolveRfqRow(null, rfqStream('RFQ-2').submitted(OKADA, [quoteLine(1, '1')]))).toBeNull();
  });

  it('ignores events of other contexts', () => {
    const row = fold([rfqStream('RFQ-1').issued()]);
    const foreign: EventEnvelope = { ...rfqStream('RFQ-1').issued(), type: 'PurchaseOrderIssued', revision: 7n };
    expect(evolveRfqRow(row, foreign)).toBe(row);
  });
});
