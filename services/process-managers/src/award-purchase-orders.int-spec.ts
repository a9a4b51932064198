import { randomUUID } from 'node:crypto';
import type { EventEnvelope, QuotesRfqLineV1 } from '@renkei/contracts';
import { customerOrderDecider, evolvePurchaseOrder, initialPurchaseOrder, orderStreamId, type OrdersEvent } from '@renkei/orders';
import { awardPurchaseOrders, purchaseOrderIdFor } from '@renkei/process-managers';
import { rfqDecider, rfqStreamId, type QuotesActor, type QuotesCommand } from '@renkei/quotes';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { ManagerHarness } from './process-managers.fixtures';

const issuedAt = new Date('2026-11-20T09:00:00Z');
const awardedAt = new Date('2026-11-28T09:00:00Z');
const lead: QuotesActor = { companyId: 'lead-1', role: 'lead' };
const wsA: QuotesActor = { companyId: 'ws-a', role: 'workshop' };
const wsB: QuotesActor = { companyId: 'ws-b', role: 'workshop' };
const lines: QuotesRfqLineV1[] = [
  { lineNo: 1, part: { partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', description: 'shaft' }, quantity: 100, dueDate: '2026-12-10', drawingRefs: [] },
  { lineNo: 2, part: { partNumber: 'PN-COVER', bomNodeId: 'COVER', description: 'cover' }, quantity: 40, dueDate: '2026-12-15', drawingRefs: [] },
];

/** Award → purchase orders, against a real event store: RFQs, quotes and awards recorded as the quotes service records them. */
describe('process manager: RFQ award → purchase orders (real PostgreSQL)', () => {
  const schema = uniqueSchemaName('pm_award');
  let harness: ManagerHarness;

  beforeAll(async () => {
    harness = await ManagerHarness.open(testDatabaseUrl(), schema);
    await harness.command(orderStreamId('CO-1'), customerOrderDecider, {
      type: 'PlaceCustomerOrder',
      data: { orderId: 'CO-1', customerName: 'Tokai Pumps', customerRef: 'TP-1', bomProductId: 'PUMP', bomRevision: 1, lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 10, dueDate: '2026-12-20' }] },
      metadata: { actor: lead, now: issuedAt },
    });
  });
  afterAll(async () => {
    await harness.close();
    await dropSchema(schema);
  });

  /** Issues an RFQ, has ws-a and ws-b quote, awards line 1 split 60/40 and line 2 to ws-a; returns the RfqAwarded envelope. */
  async function awarded(rfqId: string, customerOrderId: string | null): Promise<EventEnvelope> {
    const on = (command: QuotesCommand) => harness.command(rfqStreamId(rfqId), rfqDecider, command);
    await on({ type: 'IssueRfq', data: { rfqId, lines, answerDeadline: new Date('2026-11-27T09:00:00Z'), invited: ['ws-a', 'ws-b'], customerOrderId }, metadata: { actor: lead, now: issuedAt } });
    for (const [workshop, amounts] of [[wsA, ['1250.5', '800']], [wsB, ['1300', '810']]] as const) {
      const quoteLines = amounts.map((amount, index) => ({ lineNo: index + 1, unitPrice: { amount, currency: 'JPY' }, leadTimeDays: 10, note: null }));
      await on({ type: 'SubmitQuote', data: { rfqId, quoteId: `q-${workshop.companyId}`, lines: quoteLines }, metadata: { actor: workshop, now: issuedAt } });
    }
    const awards = [
      { lineNo: 1, workshopId: 'ws-a', quantity: 60 },
      { lineNo: 1, workshopId: 'ws-b', quantity: 40 },
      { lineNo: 2, workshopId: 'ws-a', quantity: 40 },
    ];
    const [award] = await on({ type: 'AwardRfq', data: { rfqId, awards, partial: false }, metadata: { actor: lead, now: awardedAt } });
    return award!;
  }
  const purchaseOrder = async (orderId: string) =>
    (await harness.store.readStream(orderStreamId(orderId))).map((event) => ({ type: event.type, data: event.data }) as unknown as OrdersEvent).reduce(evolvePurchaseOrder, initialPurchaseOrder);

  it('issues one purchase order per awarded workshop from the issuing lead, once however often the award is delivered', async () => {
    const award = await awarded('RFQ-1', 'CO-1');
    await harness.deliver(awardPurchaseOrders, award, { crash: true }); // applied, then the consumer crashed before its commit
    await harness.deliver(awardPurchaseOrders, award);
    await harness.deliver(awardPurchaseOrders, award); // a Kafka replay

    expect(await harness.typesIn(orderStreamId('RFQ-1-ws-a'))).toEqual(['PurchaseOrderIssued']);
    expect(await harness.typesIn(orderStreamId('RFQ-1-ws-b'))).toEqual(['PurchaseOrderIssued']);
    expect(await purchaseOrder('RFQ-1-ws-a')).toMatchObject({
      status: 'Issued',
      customerOrderId: 'CO-1',
      parent: null,
      buyerId: 'lead-1',
      supplierId: 'ws-a',
      tier: 1,
      issuedAt: award.recordedAt.toISOString(), // the award's time as the backbone recorded it
      lines: [
        { lineNo: 1, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 60, dueDate: '2026-12-10', unitPrice: { amount: '1250.5', currency: 'JPY' } },
        { lineNo: 2, partNumber: 'PN-COVER', bomNodeId: 'COVER', quantity: 40, dueDate: '2026-12-15', unitPrice: { amount: '800', currency: 'JPY' } },
      ],
    });
    expect(await purchaseOrder('RFQ-1-ws-b')).toMatchObject({
      supplierId: 'ws-b',
      lines: [{ lineNo: 1, quantity: 40, unitPrice: { amount: '1300', currency: 'JPY' } }],
    });
    const [issued] = await harness.store.readStream(orderStreamId('RFQ-1-ws-b'));
    expect(issued!.metadata).toMatchObject({ companyId: 'lead-1', causationId: award.id });
  });

  it('issues nothing for an RFQ outside a customer order: its award sets prices only', async () => {
    await harness.deliver(awardPurchaseOrders, await awarded('RFQ-2', null));
    for (const workshopId of ['ws-a', 'ws-b']) expect(await harness.typesIn(orderStreamId(purchaseOrderIdFor('RFQ-2', workshopId)))).toEqual([]);
  });

  it('issues nothing, and does not stop, for an RFQ naming a customer order its lead never placed', async () => {
    const unknown = `CO-${randomUUID().slice(0, 8)}`;
    await expect(harness.deliver(awardPurchaseOrders, await awarded('RFQ-3', unknown))).resolves.toBeUndefined();
    expect(await harness.typesIn(orderStreamId('RFQ-3-ws-a'))).toEqual([]);
  });
});
