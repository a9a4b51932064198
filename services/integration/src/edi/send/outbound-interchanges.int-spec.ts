import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { parseInterchange } from '@renkei/edi';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { ensureSharedEventTables } from '../../sharing/shared-event-tables';
import { ensureEdiTables } from '../edi-tables';
import { OutboundInterchanges } from './outbound-interchanges';

const OKADA = 'okada-seiki';
const OTHER = 'other-works';

/** The interchanges generated for a supplier from its shared copies, against a real PostgreSQL. */
describe('OutboundInterchanges', () => {
  const schema = uniqueSchemaName('edi_out');
  let db: Pool;
  let outbound: OutboundInterchanges;
  let commit = 100;

  /** One company's copy of an orders event, as the sharing consumer writes it, next in log order. */
  const share = async (companyId: string, type: string, data: Record<string, unknown>, party = true) => {
    commit += 1;
    await db.query(
      `INSERT INTO "${schema}".shared_events (company_id, event_id, log_commit, log_prepare, context, stream_id, revision, type, schema_version, recorded_at, party, data)
       VALUES ($1, $2, $3, 1, 'orders', $4, 0, $5, 1, now(), $6, $7)`,
      [companyId, randomUUID(), commit, `order-${String(data['orderId'])}`, type, party, JSON.stringify(data)],
    );
  };
  const issued = (orderId: string, supplierId: string) => ({
    orderId, customerOrderId: 'CO-1', buyerId: 'lead-co', supplierId, tier: 1, parent: null, issuedAt: '2026-11-20T08:59:00.000Z',
    lines: [{ lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'n-12', quantity: 40, dueDate: '2026-12-01', unitPrice: { amount: '1250.50', currency: 'JPY' } }],
  });
  const kindsOf = (text: string) => {
    const parsed = parseInterchange(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.interchange.messages.map((message) => message.kind);
  };

  beforeAll(async () => {
    db = new Pool({ connectionString: testDatabaseUrl(), max: 5 });
    await ensureSharedEventTables(db, schema);
    await ensureEdiTables(db, schema);
    outbound = new OutboundInterchanges(db, schema);
  });
  afterAll(async () => {
    await db.end();
    await dropSchema(schema);
  });

  it('puts the supplier’s new order events into the next interchange once, and gives the same text when read again', async () => {
    await share(OKADA, 'PurchaseOrderIssued', issued('PO-1', OKADA));
    await share(OKADA, 'PurchaseOrderIssued', issued('PO-2', OKADA));
    // The buyer's copy of its own order to someone else, and an unpriced copy up the chain: nothing for this company.
    await share(OKADA, 'PurchaseOrderIssued', issued('SUB-1', OTHER));
    await share(OKADA, 'PurchaseOrderIssued', issued('PO-9', OKADA), false);
    const first = await outbound.after(OKADA, 0, 20);
    expect(first.interchanges.map((each) => each.sequenceNumber)).toEqual([1]);
    expect(kindsOf(first.interchanges[0]?.text as string)).toEqual(['PURCHASE-ORDER', 'PURCHASE-ORDER']);
    expect(first.interchanges[0]?.text).toContain('PO|PO-1|');
    expect(first.interchanges[0]?.text).not.toContain('SUB-1');
    expect(first.interchanges[0]?.text).not.toContain('PO-9');
    expect(await outbound.after(OKADA, 0, 20)).toEqual(first);
    expect(await outbound.after(OKADA, 1, 20)).toEqual({ interchanges: [], hasMore: false });
  });

  it('maps a later event of an earlier order with the parties of its purchase order; events it makes no message of take no number', async () => {
    await share(OKADA, 'OrderAccepted', { orderId: 'PO-1', acceptedBy: OKADA, acceptedAt: '2026-11-20T09:00:00.000Z' });
    expect((await outbound.after(OKADA, 1, 20)).interchanges).toEqual([]);
    await share(OKADA, 'ChangeRequested', { orderId: 'PO-1', changeId: 'CR-1', requestedBy: 'lead-co', changes: [{ lineNo: 1, quantity: 30, dueDate: null }], reason: 'customer cut the order', requestedAt: '2026-11-21T08:00:00.000Z' });
    const page = await outbound.after(OKADA, 1, 20);
    expect(page.interchanges.map((each) => each.sequenceNumber)).toEqual([2]);
    expect(page.interchanges[0]?.text).toContain('CHG|PO-1|REQUEST|lead-co|okada-seiki|2026-11-21T08:00:00.000Z|CR-1|customer cut the order\nCLN|1|30\n');
  });

  it('generates once when two reads race: each event lands in exactly one interchange', async () => {
    await share(OKADA, 'OrderCancelled', { orderId: 'PO-2', cancelledBy: 'lead-co', reason: 'customer cancelled', cancelledAt: '2026-11-22T08:00:00.000Z' });
    const [a, b] = await Promise.all([outbound.after(OKADA, 2, 20), outbound.after(OKADA, 2, 20)]);
    expect(a).toEqual(b);
    expect(a.interchanges.map((each) => each.sequenceNumber)).toEqual([3]);
    const { rows } = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${schema}".edi_outbound_interchanges WHERE receiver = $1`, [OKADA]);
    expect(rows[0]?.n).toBe('3');
  });

  it('pages by sequence number, and numbers each partner apart while control numbers stay unique across them', async () => {
    await share(OTHER, 'PurchaseOrderIssued', issued('SUB-1', OTHER));
    expect((await outbound.after(OTHER, 0, 20)).interchanges.map((each) => each.sequenceNumber)).toEqual([1]);
    expect(await outbound.after(OKADA, 0, 2)).toMatchObject({ interchanges: [{ sequenceNumber: 1 }, { sequenceNumber: 2 }], hasMore: true });
    const { rows } = await db.query<{ control_number: string }>(`SELECT control_number::text FROM "${schema}".edi_outbound_interchanges`);
    expect(new Set(rows.map((row) => row.control_number)).size).toBe(rows.length);
  });
});
