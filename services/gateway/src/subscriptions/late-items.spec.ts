import type { OrderTree, OrderTreeNode } from '../order-tree/order-tree';
import { lateItemsOf, mostLateFirst } from './late-items';

const node = (nodeId: string, parentId: string | null, facts: Partial<OrderTreeNode> = {}): OrderTreeNode => ({
  nodeId,
  parentId,
  depth: 0,
  partNumber: `PN-${nodeId}`,
  description: nodeId.toLowerCase(),
  kind: parentId === null ? 'assembly' : 'part',
  makeOrBuy: 'make',
  quantity: 10,
  assignments: [],
  status: 'in_progress',
  percentComplete: 0,
  eta: '2026-12-01',
  dueDate: '2026-12-10',
  late: false,
  daysLate: 0,
  blocked: false,
  critical: false,
  remainingOperations: 0,
  delayReasons: [],
  childIds: [],
  ...facts,
});

const tree = (nodes: OrderTreeNode[], orderId = 'CO-1'): OrderTree => ({
  orderId,
  ownerId: 'lead-1',
  customerName: null,
  customerRef: null,
  productId: 'PUMP',
  bomRevision: 1,
  status: 'open',
  percentComplete: 0,
  eta: null,
  dueDate: null,
  late: nodes.some((each) => each.late),
  blocked: false,
  placedAt: '2026-11-01T00:00:00.000Z',
  closedAt: null,
  nodes,
});

const materialLate = { poId: 'PO-1', lineNo: 1, workshopId: 'ws-a', reasonCode: 'material', note: 'bar stock late', eta: '2026-12-15', blocked: false };

describe('lateItemsOf', () => {
  it('lists only late nodes, with their dates, days late, reasons and the chain of nodes they hold up, parent first', () => {
    // PUMP ─ SHAFT ─ PIN (late); SHAFT and PUMP are late because PIN is; COVER is on time.
    const items = lateItemsOf(
      tree([
        node('PUMP', null, { late: true, daysLate: 7, eta: '2026-12-27', dueDate: '2026-12-20' }),
        node('SHAFT', 'PUMP', { late: true, daysLate: 6, eta: '2026-12-16', dueDate: '2026-12-10' }),
        node('PIN', 'SHAFT', { late: true, daysLate: 10, eta: '2026-12-15', dueDate: '2026-12-05', status: 'delayed', delayReasons: [materialLate] }),
        node('COVER', 'PUMP'),
      ]),
    );

    expect(items.map((item) => item.nodeId)).toEqual(['PUMP', 'SHAFT', 'PIN']);
    expect(items[2]).toEqual({
      orderId: 'CO-1',
      nodeId: 'PIN',
      partNumber: 'PN-PIN',
      description: 'pin',
      eta: '2026-12-15',
      dueDate: '2026-12-05',
      daysLate: 10,
      blocked: false,
      delayReasons: [materialLate],
      holdsUp: [
        { nodeId: 'SHAFT', partNumber: 'PN-SHAFT' },
        { nodeId: 'PUMP', partNumber: 'PN-PUMP' },
      ],
    });
    expect(items[0]?.holdsUp).toEqual([]);
  });

  it('names no node the viewer cannot see: the chain stops at the top of the visible tree', () => {
    // A workshop sees SHAFT and what it delivers into, not the lead's assembly above it.
    const items = lateItemsOf(tree([node('SHAFT', 'PUMP', { late: true, daysLate: 2 }), node('PIN', 'SHAFT', { late: true, daysLate: 3 })]));

    expect(items.map((item) => [item.nodeId, item.holdsUp.map((held) => held.nodeId)])).toEqual([
      ['SHAFT', []],
      ['PIN', ['SHAFT']],
    ]);
  });

  it('an order on time has no late items', () => {
    expect(lateItemsOf(tree([node('PUMP', null), node('SHAFT', 'PUMP')]))).toEqual([]);
  });
});

describe('mostLateFirst', () => {
  it('puts the most days late first and keeps the given order between equals', () => {
    const items = [
      ...lateItemsOf(tree([node('A', null, { late: true, daysLate: 2 }), node('B', 'A', { late: true, daysLate: 5 })], 'CO-1')),
      ...lateItemsOf(tree([node('C', null, { late: true, daysLate: 2 })], 'CO-2')),
    ];

    expect(mostLateFirst(items).map((item) => `${item.orderId}/${item.nodeId}`)).toEqual(['CO-1/B', 'CO-1/A', 'CO-2/C']);
  });
});
