import { testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import type { NetworkIntegratorScope } from '@renkei/contracts';
import type { Caller, MemberDirectory } from '@renkei/service-kit';
import { viewerOf } from '../../order-tree/viewer-of';
import { envelope, purchaseOrderIssued, purchaseOrderStream } from '../party-view-events.fixtures';
import { openTestReadModels, type TestReadModels } from '../party-view-database.fixtures';
import { loadVisiblePurchaseOrder } from './purchase-order.query';

const LEAD = 'lead-kanto';
const OKADA = 'ws-okada';
const SATO = 'ws-sato';
const MORI = 'ws-mori';
const ERP = 'erp-link';
const price = { tier1: '1190.40', tier2: '310.55' };

/** Which companies granted the integrator `orders`, as the member directory would answer. */
const grantedBy = (...grantors: string[]): MemberDirectory => ({
  workshopsAt: () => [],
  rolesOf: () => undefined,
  statusWordsOf: () => ({}),
  grantorsOf: (_integrator: string, scope: NetworkIntegratorScope) => (scope === 'orders' ? grantors : []),
  integratorsGrantedBy: () => [],
});

describe('purchaseOrder read (real PostgreSQL)', () => {
  let db: TestReadModels;
  const tier1 = purchaseOrderIssued({ orderId: 'PO-1', buyerId: LEAD, supplierId: OKADA, lines: [{ lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'BRACKET', quantity: 60, dueDate: '2026-12-10', unitPrice: { amount: price.tier1, currency: 'JPY' } }] });
  const tier2 = purchaseOrderIssued({
    orderId: 'PO-SUB',
    buyerId: OKADA,
    supplierId: SATO,
    tier: 2,
    parent: { orderId: 'PO-1', lineNo: 1 },
    lines: [{ lineNo: 1, partNumber: 'BRK-100-BLANK', bomNodeId: 'BRACKET', quantity: 60, dueDate: '2026-12-01', unitPrice: { amount: price.tier2, currency: 'JPY' } }],
  });
  const load = (poId: string, caller: Caller, directory: MemberDirectory = grantedBy()) =>
    loadVisiblePurchaseOrder(db.pool, db.schemaName, poId, viewerOf(caller, directory, ['orders']));
  const company = (companyId: string): Caller => ({ companyId, role: companyId.startsWith('lead') ? 'lead' : 'workshop' });
  const integrator: Caller = { companyId: ERP, role: 'integrator' };

  beforeAll(async () => {
    db = await openTestReadModels(testDatabaseUrl(), uniqueSchemaName('rm_pos'));
    const placed = envelope('CustomerOrderPlaced', 'order-CO-1', 0, {
      orderId: 'CO-1',
      customerName: 'Tokai Pumps',
      customerRef: 'TP-1',
      bomProductId: 'PUMP',
      bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 60, dueDate: '2026-12-20' }],
      ownerId: LEAD,
      placedAt: '2026-11-19T09:00:00.000Z',
    });
    const first = purchaseOrderStream(tier1);
    const sub = purchaseOrderStream(tier2);
    await db.apply([placed, first.issued(), first.accepted(), sub.issued(), sub.accepted(), sub.shipped('SH-1', 1, 20), sub.received('SH-1', 1, 18, 2), sub.changeRequested('CH-1', OKADA, [{ lineNo: 1, quantity: 40, dueDate: null }], 'customer cut the order')]);
  });
  afterAll(async () => {
    await db.close();
  });

  it('its buyer and its supplier see it with their prices', async () => {
    expect(await load('PO-1', company(LEAD))).toMatchObject({ buyerId: LEAD, supplierId: OKADA, tier: 1, status: 'Accepted', prices: [{ lineNo: 1, unitPrice: { amount: price.tier1 } }] });
    expect(await load('PO-1', company(OKADA))).toMatchObject({ prices: [{ lineNo: 1, unitPrice: { amount: price.tier1 } }] });
    const sub = await load('PO-SUB', company(SATO));
    expect(sub).toMatchObject({ buyerId: OKADA, tier: 2, parentPoId: 'PO-1', parentLineNo: 1, prices: [{ lineNo: 1, unitPrice: { amount: price.tier2 } }] });
    expect(sub?.lines).toEqual([{ lineNo: 1, partNumber: 'BRK-100-BLANK', bomNodeId: 'BRACKET', quantity: 60, dueDate: '2026-12-01', shipped: 20, inTransit: 0, received: 18, rejected: 2 }]);
    expect(await load('PO-SUB', company(OKADA))).toMatchObject({ prices: [{ lineNo: 1, unitPrice: { amount: price.tier2 } }] });
  });

  it('the lead owning the customer order sees the tier-2 order, without its price or its pending change', async () => {
    const seen = await load('PO-SUB', company(LEAD));
    expect(seen).toMatchObject({ poId: 'PO-SUB', buyerId: OKADA, supplierId: SATO, status: 'Accepted', prices: null, changeState: null });
    expect(JSON.stringify(seen)).not.toMatch(new RegExp(`${price.tier2}|customer cut|CH-1`));
  });

  it('its buyer and its supplier see the change waiting for an answer, and only the state it is read from', async () => {
    for (const party of [OKADA, SATO]) {
      const seen = await load('PO-SUB', company(party));
      expect(seen?.changeState).toEqual({
        status: 'Accepted',
        proposedChanges: null,
        openChange: { changeId: 'CH-1', requestedBy: OKADA, changes: [{ lineNo: 1, quantity: 40, dueDate: null }], reason: 'customer cut the order' },
      });
    }
    expect((await load('PO-1', company(LEAD)))?.changeState).toEqual({ status: 'Accepted', proposedChanges: null, openChange: null });
  });

  it('anyone else gets null: another workshop, the tier-2 supplier on the order above it, a missing id', async () => {
    expect(await load('PO-1', company(MORI))).toBeNull();
    expect(await load('PO-SUB', company(MORI))).toBeNull();
    expect(await load('PO-1', company(SATO))).toBeNull();
    expect(await load('PO-NONE', company(LEAD))).toBeNull();
    expect(await load('PO-1', company('lead-other'))).toBeNull();
  });

  it('an integrator sees what its grantors see, never a price; without a grant, nothing', async () => {
    expect(await load('PO-1', integrator)).toBeNull();
    for (const poId of ['PO-1', 'PO-SUB']) {
      const seen = await load(poId, integrator, grantedBy(OKADA));
      expect(seen).toMatchObject({ poId, prices: null });
      expect(JSON.stringify(seen)).not.toMatch(/1190\.40|310\.55/);
    }
    // Granted by the lead that owns the customer order: every tier, still without prices.
    expect(await load('PO-SUB', integrator, grantedBy(LEAD))).toMatchObject({ poId: 'PO-SUB', prices: null });
    expect(await load('PO-1', integrator, grantedBy(MORI))).toBeNull();
  });
});
