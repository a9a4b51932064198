import type { BomNodeRow } from '../read-models/bom-nodes/bom-node-rows';
import type { OrderTreeInput, VisiblePurchaseOrder, VisibleWorkItem } from './order-tree-input';
import type { DelayReason, NodeAssignment, OrderTree, OrderTreeNode } from './order-tree';
import {
  DAYS_PER_REMAINING_OPERATION,
  addDays,
  daysBetween,
  earliestDate,
  latestDate,
  nodeStatus,
  weightedPercent,
  workItemEta,
  workItemPercent,
} from './rollup-rules';

interface OwnFacts {
  readonly assignments: NodeAssignment[];
  readonly items: VisibleWorkItem[];
  readonly quantity: number;
  readonly ownPercent: number;
  readonly ownEta: string | null;
  readonly dueDate: string | null;
  readonly remainingOperations: number;
  readonly delayReasons: DelayReason[];
  readonly status: string;
}

interface Rollup {
  readonly eta: string | null;
  readonly blocked: boolean;
  /** Σ own percent × quantity and Σ quantity over the subtree. */
  readonly weightedPercent: number;
  readonly weight: number;
  /** The child whose ETA set this node's, if any did. */
  readonly criticalChild: string | null;
}

/**
 * The end-to-end view of one customer order, rolled up from the leaves (rules in
 * docs/rollups.md). Pure: the caller has already cut the input to what the viewer may see,
 * and the rollups use only that.
 */
export function buildOrderTree(input: OrderTreeInput): OrderTree {
  const { order, nodes } = input;
  const visibleIds = new Set(nodes.map((node) => node.nodeId));
  const childrenOf = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId !== null && visibleIds.has(node.parentId)) childrenOf.set(node.parentId, [...(childrenOf.get(node.parentId) ?? []), node.nodeId]);
  }
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const quantities = requiredQuantities(input);
  // Grouped once: looking them up per node would cost nodes × (items + lines) on a 1,000-node tree.
  const itemsByNode = groupBy(input.workItems, (item) => item.bomNodeId ?? '');
  const linesByNode = groupBy(
    input.purchaseOrders.flatMap((order) => order.lines.map((line) => ({ order, line }))),
    ({ line }) => line.bomNodeId,
  );
  const own = new Map(
    nodes.map((node) => [
      node.nodeId,
      ownFactsOf(node, input, quantities.get(node.nodeId) ?? node.qtyPer, itemsByNode.get(node.nodeId) ?? [], linesByNode.get(node.nodeId) ?? []),
    ]),
  );

  // Children follow their parent in depth-first order, so walking backwards rolls up leaves first.
  const rollups = new Map<string, Rollup>();
  for (let index = nodes.length - 1; index >= 0; index -= 1) {
    const node = nodes[index] as BomNodeRow;
    const facts = own.get(node.nodeId) as OwnFacts;
    const children = (childrenOf.get(node.nodeId) ?? []).map((id) => ({ id, rollup: rollups.get(id) as Rollup }));
    const latestChild = children.reduce<{ id: string; eta: string } | null>(
      (latest, child) => (child.rollup.eta !== null && (latest === null || child.rollup.eta > latest.eta) ? { id: child.id, eta: child.rollup.eta } : latest),
      null,
    );
    const pushedByInputs = latestChild === null ? null : addDays(latestChild.eta, facts.remainingOperations * DAYS_PER_REMAINING_OPERATION);
    const eta = latestDate([facts.ownEta, pushedByInputs]);
    rollups.set(node.nodeId, {
      eta,
      blocked: facts.status === 'blocked' || children.some((child) => child.rollup.blocked),
      weightedPercent: facts.ownPercent * facts.quantity + children.reduce((sum, child) => sum + child.rollup.weightedPercent, 0),
      weight: facts.quantity + children.reduce((sum, child) => sum + child.rollup.weight, 0),
      criticalChild: pushedByInputs !== null && pushedByInputs === eta && latestChild !== null ? latestChild.id : null,
    });
  }

  const roots = nodes.filter((node) => node.parentId === null || !visibleIds.has(node.parentId));
  const orderEta = latestDate(roots.map((root) => rollups.get(root.nodeId)?.eta ?? null));
  const critical = new Set<string>();
  for (const root of roots) {
    if (orderEta === null || rollups.get(root.nodeId)?.eta !== orderEta) continue;
    for (let id: string | null = root.nodeId; id !== null; id = rollups.get(id)?.criticalChild ?? null) critical.add(id);
  }

  const treeNodes: OrderTreeNode[] = nodes.map((node) => {
    const facts = own.get(node.nodeId) as OwnFacts;
    const rollup = rollups.get(node.nodeId) as Rollup;
    const daysLate = rollup.eta !== null && facts.dueDate !== null ? Math.max(0, daysBetween(facts.dueDate, rollup.eta)) : 0;
    return {
      nodeId: node.nodeId,
      parentId: node.parentId,
      depth: depthIn(node, byId),
      partNumber: node.partNumber,
      description: node.description,
      kind: node.kind,
      makeOrBuy: node.makeOrBuy,
      quantity: facts.quantity,
      assignments: facts.assignments,
      status: facts.status,
      percentComplete: rollup.weight === 0 ? 0 : Math.round((rollup.weightedPercent / rollup.weight) * 10) / 10,
      eta: rollup.eta,
      dueDate: facts.dueDate,
      late: daysLate > 0,
      daysLate,
      blocked: rollup.blocked,
      critical: critical.has(node.nodeId),
      remainingOperations: facts.remainingOperations,
      delayReasons: facts.delayReasons,
      childIds: childrenOf.get(node.nodeId) ?? [],
    };
  });

  const rootNodes = treeNodes.filter((node) => roots.some((root) => root.nodeId === node.nodeId));
  const dueDate = latestDate(order.lines.filter((line) => visibleIds.has(line.bomNodeId)).map((line) => line.dueDate)) ?? latestDate(rootNodes.map((node) => node.dueDate));
  return {
    orderId: order.orderId,
    ownerId: order.ownerId,
    customerName: input.seesCustomer ? order.customerName : null,
    customerRef: input.seesCustomer ? order.customerRef : null,
    productId: order.productId,
    bomRevision: order.bomRevision,
    status: order.status,
    percentComplete:
      weightedPercent(rootNodes.map((node) => ({ percent: node.percentComplete, weight: (rollups.get(node.nodeId) as Rollup).weight }))) ?? 0,
    eta: orderEta,
    dueDate,
    late: rootNodes.some((node) => node.late),
    blocked: rootNodes.some((node) => node.blocked),
    placedAt: order.placedAt,
    closedAt: order.closedAt,
    nodes: treeNodes,
  };
}

/** Pieces needed of each node: the customer line's quantity at its node, times quantity per parent below it. */
function requiredQuantities(input: OrderTreeInput): Map<string, number> {
  const lineQuantity = new Map(input.order.lines.map((line) => [line.bomNodeId, line.quantity]));
  const quantities = new Map<string, number>();
  for (const node of input.nodes) {
    const parentQuantity = node.parentId === null ? undefined : quantities.get(node.parentId);
    const quantity = lineQuantity.get(node.nodeId) ?? (parentQuantity === undefined ? node.qtyPer : parentQuantity * node.qtyPer);
    quantities.set(node.nodeId, Math.round(quantity * 1000) / 1000);
  }
  return quantities;
}

function ownFactsOf(
  node: BomNodeRow,
  input: OrderTreeInput,
  quantity: number,
  items: VisibleWorkItem[],
  lines: ReadonlyArray<{ order: VisiblePurchaseOrder; line: VisiblePurchaseOrder['lines'][number] }>,
): OwnFacts {
  const itemOf = (poId: string, lineNo: number) => items.find((item) => item.poId === poId && item.lineNo === lineNo);
  const assignments: NodeAssignment[] = lines
    .filter(({ order }) => order.status !== 'Cancelled' && order.status !== 'Rejected')
    .map(({ order, line }) => {
      const item = itemOf(order.poId, line.lineNo);
      return {
        poId: order.poId,
        lineNo: line.lineNo,
        tier: order.tier,
        buyerId: order.buyerId,
        supplierId: order.supplierId,
        orderStatus: order.status,
        quantity: line.quantity,
        dueDate: line.dueDate,
        shipped: line.shipped,
        received: line.received,
        unitPrice: order.prices?.find((price) => price.lineNo === line.lineNo)?.unitPrice ?? null,
        workStatus: item?.status ?? null,
        qtyGood: item?.qtyGood ?? 0,
        qtyScrap: item?.qtyScrap ?? 0,
        percent: item === undefined ? 0 : workItemPercent(item),
        eta: item === undefined ? line.dueDate : workItemEta(item),
        lastReportAt: item?.reportedBy ? item.occurredAt : null,
      };
    });
  const completedOps = new Set(items.flatMap((item) => item.completedOperations.map((operation) => operation.opNo)));
  const finished = items.length > 0 && items.every((item) => item.completedAt !== null);
  const customerLineDue = input.order.lines.find((line) => line.bomNodeId === node.nodeId)?.dueDate ?? null;
  return {
    assignments,
    items,
    quantity,
    ownPercent: weightedPercent(assignments.map((assignment) => ({ percent: assignment.percent, weight: assignment.quantity }))) ?? 0,
    ownEta: latestDate(assignments.map((assignment) => assignment.eta)),
    dueDate: earliestDate([customerLineDue, ...assignments.map((assignment) => assignment.dueDate)]),
    remainingOperations: finished ? 0 : node.routing.filter((operation) => !completedOps.has(operation.opNo)).length,
    delayReasons: items
      .filter((item) => item.status === 'delayed' || item.status === 'blocked')
      .map((item) => ({
        poId: item.poId,
        lineNo: item.lineNo,
        workshopId: item.reportedBy ?? item.supplierId ?? '',
        reasonCode: item.delayReason,
        note: item.note,
        eta: item.eta,
        blocked: item.status === 'blocked',
      })),
    status: nodeStatus(items, assignments.length),
  };
}

function depthIn(node: BomNodeRow, byId: ReadonlyMap<string, BomNodeRow>): number {
  return node.path.filter((id) => byId.has(id)).length - 1;
}

function groupBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}
