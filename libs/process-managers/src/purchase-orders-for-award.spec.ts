import type { RfqAwardedV1, RfqIssuedV2 } from '@renkei/contracts';
import { purchaseOrderIdFor, purchaseOrdersForAward } from './purchase-orders-for-award';

const now = new Date('2026-11-28T09:00:00Z');
const rfq: RfqIssuedV2 = {
  rfqId: 'RFQ-7',
  issuedBy: 'lead-1',
  lines: [
    { lineNo: 1, part: { partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', description: 'shaft' }, quantity: 100, dueDate: '2026-12-10', drawingRefs: [] },
    { lineNo: 2, part: { partNumber: 'PN-COVER', bomNodeId: 'COVER', description: 'cover' }, quantity: 40, dueDate: '2026-12-15', drawingRefs: [] },
  ],
  answerDeadline: '2026-11-27T09:00:00.000Z',
  invited: ['ws-a', 'ws-b'],
  selection: 'invited',
  matchCriteria: null,
  issuedAt: '2026-11-20T09:00:00.000Z',
  customerOrderId: 'CO-1',
};
const share = (lineNo: number, workshopId: string, quantity: number, amount: string) => ({
  lineNo,
  part: rfq.lines[lineNo - 1]!.part,
  dueDate: rfq.lines[lineNo - 1]!.dueDate,
  workshopId,
  quantity,
  quoteId: `q-${workshopId}`,
  quoteRevision: 1,
  unitPrice: { amount, currency: 'JPY' },
  leadTimeDays: 10,
});
// Line 1 split between ws-a and ws-b; line 2 all to ws-a (listed first in the award).
const award: RfqAwardedV1 = {
  rfqId: 'RFQ-7',
  awardedBy: 'lead-1',
  awards: [share(2, 'ws-a', 40, '800'), share(1, 'ws-a', 60, '1250.5'), share(1, 'ws-b', 40, '1300')],
  unawardedLines: [],
  awardedAt: now.toISOString(),
};

describe('purchase orders for an award', () => {
  it('issues one tier-1 order per awarded workshop from the issuing lead, with its lines, quantities, prices, nodes and due dates', () => {
    expect(purchaseOrdersForAward(rfq, award, now)).toEqual([
      {
        type: 'IssuePurchaseOrder',
        data: {
          orderId: 'RFQ-7-ws-a',
          customerOrderId: 'CO-1',
          parent: null,
          supplierId: 'ws-a',
          lines: [
            { lineNo: 1, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 60, dueDate: '2026-12-10', unitPrice: { amount: '1250.5', currency: 'JPY' } },
            { lineNo: 2, partNumber: 'PN-COVER', bomNodeId: 'COVER', quantity: 40, dueDate: '2026-12-15', unitPrice: { amount: '800', currency: 'JPY' } },
          ],
        },
        metadata: { actor: { companyId: 'lead-1', role: 'lead' }, now, lookups: { parentOrder: null } },
      },
      {
        type: 'IssuePurchaseOrder',
        data: {
          orderId: 'RFQ-7-ws-b',
          customerOrderId: 'CO-1',
          parent: null,
          supplierId: 'ws-b',
          lines: [{ lineNo: 1, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 40, dueDate: '2026-12-10', unitPrice: { amount: '1300', currency: 'JPY' } }],
        },
        metadata: { actor: { companyId: 'lead-1', role: 'lead' }, now, lookups: { parentOrder: null } },
      },
    ]);
  });

  it('issues nothing for an RFQ outside a customer order: its award sets prices only', () => {
    expect(purchaseOrdersForAward({ ...rfq, customerOrderId: null }, award, now)).toEqual([]);
  });

  it('names each order after the RFQ and the workshop, within the 64 characters of an order id', () => {
    expect(purchaseOrderIdFor('RFQ-7', 'ws-a')).toBe('RFQ-7-ws-a');
    const long = purchaseOrderIdFor('R'.repeat(60), 'workshop-with-a-long-name');
    expect(long).toHaveLength(64);
    expect(long).toMatch(/^R{47}-[0-9a-f]{16}$/);
    expect(purchaseOrderIdFor('R'.repeat(60), 'workshop-with-a-long-name')).toBe(long);
    expect(purchaseOrderIdFor('R'.repeat(60), 'workshop-with-another-name')).not.toBe(long);
  });
});
