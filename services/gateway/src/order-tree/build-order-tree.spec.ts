import type { BomNodeRow } from '../read-models/bom-nodes/bom-node-rows';
import { buildOrderTree } from './build-order-tree';
import type { OrderTreeInput, VisiblePurchaseOrder, VisibleWorkItem } from './order-tree-input';

// A pump (root, lead's customer line: 2 due 12-20) made by A from a housing (B) and a shaft (C).
const node = (nodeId: string, parentId: string | null, path: string[], position: number, routing: number[], qtyPer = 1): BomNodeRow => ({
  productId: 'PUMP', revision: 1, nodeId, parentId, path, position, kind: 'part', partNumber: `PN-${nodeId}`, description: '', qtyPer, makeOrBuy: 'make',
  routing: routing.map((opNo) => ({ opNo, process: 'machining', workshopId: 'x' })), publishedBy: 'lead',
});
const nodes = [node('ROOT', null, ['ROOT'], 0, [10, 20]), node('HOUSING', 'ROOT', ['ROOT', 'HOUSING'], 1, [10], 1), node('SHAFT', 'ROOT', ['ROOT', 'SHAFT'], 2, [10, 20, 30], 3)];
const po = (poId: string, supplierId: string, nodeId: string, quantity: number, dueDate: string): VisiblePurchaseOrder => ({
  poId, customerOrderId: 'CO', parentPoId: null, parentLineNo: null, buyerId: 'lead', supplierId, tier: 1, status: 'Accepted', issuedAt: '2026-11-01T00:00:00Z',
  lines: [{ lineNo: 1, partNumber: nodeId, bomNodeId: nodeId, quantity, dueDate, shipped: 0, inTransit: 0, received: 0, rejected: 0 }],
  prices: null,
});
const item = (poId: string, nodeId: string, quantity: number, dueDate: string, change: Partial<VisibleWorkItem> = {}): VisibleWorkItem => ({
  poId, lineNo: 1, status: 'not_started', qtyGood: 0, qtyScrap: 0, percent: null, eta: null, delayReason: null, note: null,
  occurredAt: '2026-11-02T00:00:00Z', updatedAt: '2026-11-02T00:00:00Z', reportedBy: null, completedAt: null, buyerId: 'lead', supplierId: 's',
  customerOrderId: 'CO', bomNodeId: nodeId, bomRevision: 1, partNumber: nodeId, quantity, dueDate, operations: [], completedOperations: [], outdatedRevision: null, finished: false,
  lastRevision: 0, ...change,
});
const input = (items: VisibleWorkItem[]): OrderTreeInput => ({
  order: {
    orderId: 'CO', ownerId: 'lead', customerName: 'K', customerRef: 'R', productId: 'PUMP', bomRevision: 1, status: 'open',
    lines: [{ lineNo: 1, partNumber: 'ROOT', bomNodeId: 'ROOT', quantity: 2, dueDate: '2026-12-20' }], placedAt: '2026-11-01T00:00:00Z', closedAt: null, lastRevision: 0,
  },
  seesCustomer: true,
  nodes,
  purchaseOrders: [po('PO-A', 'A', 'ROOT', 2, '2026-12-18'), po('PO-B', 'B', 'HOUSING', 2, '2026-12-10'), po('PO-C', 'C', 'SHAFT', 6, '2026-12-10')],
  workItems: items,
});
const base = [item('PO-A', 'ROOT', 2, '2026-12-18'), item('PO-B', 'HOUSING', 2, '2026-12-10'), item('PO-C', 'SHAFT', 6, '2026-12-10')];
const byId = (tree: ReturnType<typeof buildOrderTree>, id: string) => tree.nodes.find((each) => each.nodeId === id);

describe('order tree rollups', () => {
  it('needs the line quantity times quantities per parent, and starts on plan: ETA = due dates pushed by remaining operations', () => {
    const tree = buildOrderTree(input(base));
    expect(tree.nodes.map((each) => [each.nodeId, each.quantity])).toEqual([['ROOT', 2], ['HOUSING', 2], ['SHAFT', 6]]);
    // The shaft is due 12-10; the root has two operations left after it: 12-12, before its own 12-18.
    expect(byId(tree, 'ROOT')).toMatchObject({ eta: '2026-12-18', late: false, percentComplete: 0, status: 'ordered' });
    expect(tree).toMatchObject({ eta: '2026-12-18', dueDate: '2026-12-20', late: false, blocked: false });
  });

  it('weights percent complete by quantity over the subtree', () => {
    const tree = buildOrderTree(input([base[0] as VisibleWorkItem, item('PO-B', 'HOUSING', 2, '2026-12-10', { status: 'completed', completedAt: '2026-11-20T00:00:00Z' }), item('PO-C', 'SHAFT', 6, '2026-12-10', { status: 'in_progress', qtyGood: 3 })]));
    // Root: 0 % × 2, housing 100 % × 2, shaft 50 % × 6 → (0 + 200 + 300) / 10 = 50.
    expect(byId(tree, 'ROOT')?.percentComplete).toBe(50);
    expect(byId(tree, 'SHAFT')?.percentComplete).toBe(50);
    expect(tree.percentComplete).toBe(50);
  });

  it('pushes a late input along the critical path: latest input ETA plus the remaining operations, late past the due date', () => {
    const delayed = item('PO-C', 'SHAFT', 6, '2026-12-10', { status: 'delayed', eta: '2026-12-19', delayReason: 'material', note: 'bar stock', reportedBy: 'C' });
    const tree = buildOrderTree(input([base[0] as VisibleWorkItem, base[1] as VisibleWorkItem, delayed]));
    expect(byId(tree, 'SHAFT')).toMatchObject({ eta: '2026-12-19', late: true, daysLate: 9, delayReasons: [expect.objectContaining({ reasonCode: 'material', note: 'bar stock' })] });
    // Root: 12-19 + 2 remaining operations = 12-21, past its own PO line's 12-18.
    expect(byId(tree, 'ROOT')).toMatchObject({ eta: '2026-12-21', late: true, critical: true });
    expect(tree.nodes.filter((each) => each.critical).map((each) => each.nodeId)).toEqual(['ROOT', 'SHAFT']);
    expect(tree).toMatchObject({ eta: '2026-12-21', late: true });
  });

  it('counts finished operations out of the push', () => {
    const rootHalfDone = item('PO-A', 'ROOT', 2, '2026-12-18', { status: 'in_progress', completedOperations: [{ opNo: 10, at: '2026-11-20T00:00:00Z' }] });
    const delayed = item('PO-C', 'SHAFT', 6, '2026-12-10', { status: 'delayed', eta: '2026-12-19' });
    expect(byId(buildOrderTree(input([rootHalfDone, base[1] as VisibleWorkItem, delayed])), 'ROOT')).toMatchObject({ eta: '2026-12-20', remainingOperations: 1 });
  });

  it('is blocked when any input is blocked', () => {
    const tree = buildOrderTree(input([base[0] as VisibleWorkItem, item('PO-B', 'HOUSING', 2, '2026-12-10', { status: 'blocked' }), base[2] as VisibleWorkItem]));
    expect(tree.nodes.map((each) => [each.nodeId, each.blocked])).toEqual([['ROOT', true], ['HOUSING', true], ['SHAFT', false]]);
    expect(tree.blocked).toBe(true);
  });

  it('rolls up only what the viewer may see: a workshop’s cut has its own subtree under the node it delivers into', () => {
    const cut = input(base);
    const tree = buildOrderTree({ ...cut, seesCustomer: false, nodes: nodes.filter((each) => each.nodeId !== 'HOUSING'), purchaseOrders: cut.purchaseOrders.filter((order) => order.poId !== 'PO-B'), workItems: [base[0] as VisibleWorkItem, base[2] as VisibleWorkItem] });
    expect(tree.nodes.map((each) => each.nodeId)).toEqual(['ROOT', 'SHAFT']);
    expect(tree.customerName).toBeNull();
  });
});
