import { parseInterchange, printInterchange, interchangeOf } from '@renkei/edi';
import { inChunks, ordersNeedingParties, outboundContentsOf, type SharedOrderEvent } from './outbound-contents';
import { parseOutboundRequest } from './outbound-request';

const issued = (orderId: string, supplierId: string, unitPrice: { amount: string; currency: string } | null = { amount: '1250.50', currency: 'JPY' }): SharedOrderEvent => ({
  eventId: `e-${orderId}`,
  type: 'PurchaseOrderIssued',
  schemaVersion: 1,
  data: {
    orderId,
    customerOrderId: 'CO-1',
    buyerId: 'lead-co',
    supplierId,
    tier: 1,
    parent: null,
    issuedAt: '2026-11-20T08:59:00.000Z',
    lines: [{ lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'n-12', quantity: 40, dueDate: '2026-12-01', unitPrice }],
  },
});
const event = (eventId: string, type: string, data: Record<string, unknown>, schemaVersion = 1): SharedOrderEvent => ({ eventId, type, schemaVersion, data });

describe('outboundContentsOf', () => {
  it('maps the orders events of the purchase orders the company supplies, in order, and nothing else', () => {
    const events = [
      issued('PO-1', 'okada-seiki'),
      issued('PO-2', 'other-works'),
      event('e-acc', 'OrderAccepted', { orderId: 'PO-1', acceptedBy: 'okada-seiki', acceptedAt: '2026-11-20T09:00:00.000Z' }),
      event('e-chg', 'ChangeRequested', { orderId: 'PO-1', changeId: 'CR-1', requestedBy: 'lead-co', changes: [{ lineNo: 1, quantity: 30, dueDate: null }], reason: 'customer cut the order', requestedAt: '2026-11-21T08:00:00.000Z' }),
      event('e-can', 'OrderCancelled', { orderId: 'PO-2', cancelledBy: 'lead-co', reason: 'gone', cancelledAt: '2026-11-21T08:00:00.000Z' }),
    ];
    const contents = outboundContentsOf(events, 'okada-seiki', new Map());
    expect(contents.map((each) => [each.eventId, each.content.kind])).toEqual([
      ['e-PO-1', 'PURCHASE-ORDER'],
      ['e-chg', 'ORDER-CHANGE'],
    ]);
    const text = printInterchange(interchangeOf({ sender: 'RENKEI', controlNumber: 3, sequenceNumber: 1, createdAt: '2026-11-21T09:00:00.000Z' }, 'okada-seiki', contents.map((each) => each.content)));
    expect(parseInterchange(text).ok).toBe(true);
    expect(text).toContain('LIN|1|BRK-100|n-12|40|2026-12-01|1250.50|JPY');
  });

  it('finds the parties of an order issued earlier in what it is given, and asks for no others', () => {
    const change = event('e-chg', 'ChangeRejected', { orderId: 'PO-1', changeId: 'CR-2', rejectedBy: 'lead-co', reason: 'no room', rejectedAt: '2026-11-21T08:00:00.000Z' });
    expect(ordersNeedingParties([change, issued('PO-3', 'okada-seiki')])).toEqual(['PO-1']);
    expect(outboundContentsOf([change], 'okada-seiki', new Map())).toEqual([]);
    expect(outboundContentsOf([change], 'okada-seiki', new Map([['PO-1', { buyerId: 'lead-co', supplierId: 'okada-seiki' }]])).map((each) => each.content)).toEqual([
      expect.objectContaining({ kind: 'ORDER-CHANGE', purpose: 'DECLINED', changeId: 'CR-2', reason: 'no room' }),
    ]);
  });

  it('leaves out event versions it has no mapping for', () => {
    expect(outboundContentsOf([{ ...issued('PO-1', 'okada-seiki'), schemaVersion: 2 }, event('e-x', 'RfqIssued', {})], 'okada-seiki', new Map())).toEqual([]);
  });

  it('cuts a long list into interchanges of at most the given size', () => {
    expect(inChunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(inChunks([], 2)).toEqual([]);
  });
});

describe('parseOutboundRequest', () => {
  it('defaults to the start and 20 interchanges; refuses anything else than a sequence number and 1-100, naming each field', () => {
    expect(parseOutboundRequest({})).toEqual({ after: 0, limit: 20 });
    expect(parseOutboundRequest({ after: '12', limit: '100' })).toEqual({ after: 12, limit: 100 });
    for (const query of [{ after: '-1' }, { after: '1.5' }, { after: 'x' }, { after: '1000000000' }]) expect(() => parseOutboundRequest(query)).toThrow(/after/);
    expect(() => parseOutboundRequest({ after: 'x', limit: '0' })).toThrow(expect.objectContaining({ problem: expect.objectContaining({ status: 400, errors: [expect.objectContaining({ field: 'after' }), expect.objectContaining({ field: 'limit' })] }) }));
  });
});
