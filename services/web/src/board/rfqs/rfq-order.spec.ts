import { decisionsFirst, isAwardable } from './rfq-order';

const rfq = (rfqId: string, status: string, answerDeadline: string, issuedAt = '2026-11-01T00:00:00Z') => ({ rfqId, status, answerDeadline, issuedAt });

describe('RFQs waiting for a decision first', () => {
  it('lists open and overdue RFQs by nearest deadline, then decided ones newest first', () => {
    const sorted = decisionsFirst([
      rfq('R-awarded-old', 'awarded', '2026-11-05T00:00:00Z', '2026-10-01T00:00:00Z'),
      rfq('R-open-late', 'open', '2026-11-30T00:00:00Z'),
      rfq('R-cancelled-new', 'cancelled', '2026-11-05T00:00:00Z', '2026-11-10T00:00:00Z'),
      rfq('R-overdue', 'overdue', '2026-11-10T00:00:00Z'),
      rfq('R-open-soon', 'open', '2026-11-20T00:00:00Z'),
    ]);
    expect(sorted.map((item) => item.rfqId)).toEqual(['R-overdue', 'R-open-soon', 'R-open-late', 'R-cancelled-new', 'R-awarded-old']);
  });

  it('lets the lead award an open or overdue RFQ only', () => {
    expect(['open', 'overdue', 'awarded', 'cancelled'].map(isAwardable)).toEqual([true, true, false, false]);
  });
});
