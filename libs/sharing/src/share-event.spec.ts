import type { EventEnvelope } from '@renkei/contracts';
import { FactBook, factsOf } from './chain-facts';
import { shareEvent, type SharedCopy } from './share-event';

let position = 0;
const event = (streamId: string, type: string, data: Record<string, unknown>): EventEnvelope => ({
  id: `e-${++position}`,
  type,
  streamId,
  revision: 0n,
  logPosition: `${position}-0`,
  schemaVersion: 1,
  recordedAt: new Date('2026-11-21T09:00:00Z'),
  data,
  metadata: {},
});

/** Learns every event's facts in log order, as the projection does, and shares the last one. */
function share(...log: EventEnvelope[]): Map<string, SharedCopy> {
  const facts = new FactBook();
  let copies: SharedCopy[] = [];
  for (const each of log) {
    factsOf(each).forEach((fact) => facts.learn(fact));
    copies = shareEvent(each, facts);
  }
  return new Map(copies.map((each) => [each.companyId, each]));
}

const price = { amount: '1277.25', currency: 'JPY' };
const customerOrder = event('order-CO-1', 'CustomerOrderPlaced', { orderId: 'CO-1', ownerId: 'lead', customerName: 'Tokai Pumps' });
const tier1 = event('order-PO-1', 'PurchaseOrderIssued', {
  orderId: 'PO-1', customerOrderId: 'CO-1', parent: null, buyerId: 'lead', supplierId: 'ws-b', tier: 1,
  lines: [{ lineNo: 1, partNumber: 'BRACKET', bomNodeId: 'BRACKET', quantity: 20, dueDate: '2027-03-10', unitPrice: price }],
});
const tier2 = event('order-PO-2', 'PurchaseOrderIssued', {
  orderId: 'PO-2', customerOrderId: 'CO-1', parent: { orderId: 'PO-1', lineNo: 1 }, buyerId: 'ws-b', supplierId: 'ws-a', tier: 2,
  lines: [{ lineNo: 1, partNumber: 'MACHINED', bomNodeId: 'MACHINED', quantity: 20, dueDate: '2027-03-01', unitPrice: price }],
});

describe('shareEvent', () => {
  it('gives a customer order to its owner alone', () => {
    expect([...share(customerOrder).keys()]).toEqual(['lead']);
  });

  it('gives a purchase order whole to its two parties and, without prices, to every company above it', () => {
    const copies = share(customerOrder, tier1, tier2);
    expect([...copies.keys()].sort()).toEqual(['lead', 'ws-a', 'ws-b']);
    expect(copies.get('ws-b')).toMatchObject({ party: true, data: { lines: [{ unitPrice: price }] } });
    expect(copies.get('ws-a')).toMatchObject({ party: true, data: { lines: [{ unitPrice: price }] } });
    expect(copies.get('lead')).toMatchObject({ party: false, data: { lines: [{ unitPrice: null }] } });
    expect(JSON.stringify(copies.get('lead'))).not.toContain(price.amount);
  });

  it('does not tell a supplier about orders placed above it', () => {
    expect(share(customerOrder, tier1, tier2, event('order-PO-1', 'OrderAccepted', { orderId: 'PO-1', acceptedBy: 'ws-b' })).has('ws-a')).toBe(false);
  });

  it('gives work on a line to the parties and the chain above, and a handoff also to the next workshop', () => {
    const progress = event('work-PO-2-1', 'ProgressReported', { poId: 'PO-2', lineNo: 1, qtyGood: 5 });
    expect([...share(customerOrder, tier1, tier2, progress).keys()].sort()).toEqual(['lead', 'ws-a', 'ws-b']);
    const handoff = event('work-PO-2-1', 'HandoffReady', { poId: 'PO-2', lineNo: 1, nextWorkshopId: 'ws-c' });
    expect([...share(customerOrder, tier1, tier2, handoff).keys()].sort()).toEqual(['lead', 'ws-a', 'ws-b', 'ws-c']);
  });

  it('gives nothing to anyone when the chain is unknown (fail-closed)', () => {
    expect(share(event('work-PO-9-1', 'ProgressReported', { poId: 'PO-9', lineNo: 1 })).size).toBe(0);
    expect(share(event('order-PO-9', 'OrderAccepted', { orderId: 'PO-9' })).size).toBe(0);
  });

  describe('quotes', () => {
    const rfq = event('rfq-R-1', 'RfqIssued', { rfqId: 'R-1', issuedBy: 'lead', invited: ['ws-a', 'ws-b'], lines: [] });

    it('shows each invitee the request but not who else was asked', () => {
      const copies = share(rfq);
      expect(copies.get('lead')?.data['invited']).toEqual(['ws-a', 'ws-b']);
      expect(copies.get('ws-a')?.data['invited']).toEqual(['ws-a']);
      expect(copies.get('ws-b')?.data['invited']).toEqual(['ws-b']);
    });

    it('keeps a quote between the issuer and the workshop that quoted', () => {
      const quote = event('rfq-R-1', 'QuoteSubmitted', { rfqId: 'R-1', workshopId: 'ws-a', rfqIssuedBy: 'lead', lines: [{ unitPrice: price }] });
      expect([...share(rfq, quote).keys()].sort()).toEqual(['lead', 'ws-a']);
    });

    it('tells each workshop its own award only, and one that won nothing nothing', () => {
      const award = event('rfq-R-1', 'RfqAwarded', {
        rfqId: 'R-1', awardedBy: 'lead', unawardedLines: [2],
        awards: [{ lineNo: 1, workshopId: 'ws-a', unitPrice: price, quantity: 5 }],
      });
      const copies = share(rfq, award);
      expect(copies.get('ws-a')?.data).toMatchObject({ awards: [{ workshopId: 'ws-a' }], unawardedLines: [] });
      expect(copies.has('ws-b')).toBe(false);
    });
  });

  describe('BOMs', () => {
    const node = (nodeId: string, parentId: string | null, workshopId: string) => ({ nodeId, parentId, kind: 'part', partNumber: nodeId, description: '', qtyPer: 1, makeOrBuy: 'make', routing: [{ opNo: 10, process: 'machining', workshopId }] });
    const published = event('bom-PUMP', 'BomRevisionPublished', {
      productId: 'PUMP', revision: 1, publishedBy: 'lead',
      nodes: [node('PUMP', null, 'lead'), node('BRACKET', 'PUMP', 'ws-b'), node('MACHINED', 'BRACKET', 'ws-a'), node('COVER', 'PUMP', 'ws-c')],
      diff: { added: ['PUMP', 'BRACKET', 'MACHINED', 'COVER'], removed: [], changed: [] },
    });

    it('shows a workshop its subtree and the parents it delivers into, without who works on them', () => {
      const ofB = share(published).get('ws-b')?.data as { nodes: Array<{ nodeId: string; routing: unknown[] }>; diff: { added: string[] } };
      expect(ofB.nodes.map((each) => each.nodeId)).toEqual(['PUMP', 'BRACKET', 'MACHINED']);
      expect(ofB.nodes[0]?.routing).toEqual([]);
      expect(ofB.diff.added).toEqual(['PUMP', 'BRACKET', 'MACHINED']);
      expect(JSON.stringify(ofB)).not.toContain('COVER');
      expect(JSON.stringify(share(published).get('ws-a'))).not.toContain('ws-b');
    });

    it('tells each affected workshop of a change about itself only', () => {
      const change = event('bom-PUMP', 'EngineeringChangeNotified', { productId: 'PUMP', affected: [{ workshopId: 'ws-a', nodeIds: ['MACHINED'] }, { workshopId: 'ws-c', nodeIds: ['COVER'] }] });
      const copies = share(published, change);
      expect(copies.get('ws-a')?.data['affected']).toEqual([{ workshopId: 'ws-a', nodeIds: ['MACHINED'] }]);
      expect(copies.has('ws-b')).toBe(false);
    });
  });

  describe('the member directory', () => {
    it('keeps a company’s events its own, and credentials out of every channel', () => {
      expect([...share(event('company-ws-a', 'CapabilitiesDeclared', { companyId: 'ws-a' })).keys()]).toEqual(['ws-a']);
      expect(share(event('company-ws-a', 'CredentialIssued', { companyId: 'ws-a', credentialId: 'c1', secretHash: 'scrypt$…', role: 'workshop' })).size).toBe(0);
      expect(share(event('company-ws-a', 'CredentialRevoked', { companyId: 'ws-a', credentialId: 'c1' })).size).toBe(0);
    });

    it('tells only the workshop itself of its phone links, which carry no token', () => {
      const issued = event('company-ws-a', 'PhoneLinkIssued', { companyId: 'ws-a', linkId: 'l1', label: 'phone', expiresAt: '2026-05-01T00:00:00.000Z', issuedBy: 'lead' });
      const revoked = event('company-ws-a', 'PhoneLinkRevoked', { companyId: 'ws-a', linkId: 'l1', revokedBy: 'lead' });
      for (const each of [issued, revoked]) {
        const copies = share(each);
        expect([...copies.keys()]).toEqual(['ws-a']);
        expect(copies.get('ws-a')?.data).toEqual(each.data);
      }
    });

    it('tells the integrator of a grant to it', () => {
      const copies = share(event('company-ws-a', 'IntegratorAccessGranted', { companyId: 'ws-a', integratorId: 'erp-1', scopes: ['orders'] }));
      expect([...copies.keys()].sort()).toEqual(['erp-1', 'ws-a']);
    });
  });
});
