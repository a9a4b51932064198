import type { DelayReason, OrderTree, OrderTreeNode } from '../order-tree/order-tree';

/** A node above a late one: it waits for it. */
export interface HeldUpNode {
  readonly nodeId: string;
  readonly partNumber: string;
}

/** One node of a customer order whose ETA is past its due date. */
export interface LateItem {
  readonly orderId: string;
  readonly nodeId: string;
  readonly partNumber: string;
  readonly description: string;
  /** YYYY-MM-DD, critical-path ETA. */
  readonly eta: string;
  /** YYYY-MM-DD */
  readonly dueDate: string;
  readonly daysLate: number;
  readonly blocked: boolean;
  readonly delayReasons: readonly DelayReason[];
  /** The visible nodes above it, its parent first, up to the top of the tree. */
  readonly holdsUp: readonly HeldUpNode[];
}

/**
 * The late nodes of one order's tree (as built for its viewer), depth-first. Pure, so a query
 * and a subscription list the same items; only nodes in the tree, that is nodes the viewer
 * may see, are named, the chain included.
 */
export function lateItemsOf(tree: OrderTree): LateItem[] {
  const byId = new Map(tree.nodes.map((node) => [node.nodeId, node]));
  return tree.nodes.flatMap((node) => {
    if (!node.late || node.eta === null || node.dueDate === null) return [];
    return [
      {
        orderId: tree.orderId,
        nodeId: node.nodeId,
        partNumber: node.partNumber,
        description: node.description,
        eta: node.eta,
        dueDate: node.dueDate,
        daysLate: node.daysLate,
        blocked: node.blocked,
        delayReasons: node.delayReasons,
        holdsUp: ancestorsOf(node, byId),
      },
    ];
  });
}

/** Most days late first; ties keep their order (orders as given, then depth-first). */
export function mostLateFirst(items: readonly LateItem[]): LateItem[] {
  return [...items].sort((a, b) => b.daysLate - a.daysLate);
}

function ancestorsOf(node: OrderTreeNode, byId: ReadonlyMap<string, OrderTreeNode>): HeldUpNode[] {
  const chain: HeldUpNode[] = [];
  const seen = new Set([node.nodeId]);
  // A BOM is a tree, but the guard keeps a corrupt row from looping forever.
  for (let parent = node.parentId === null ? undefined : byId.get(node.parentId); parent !== undefined && !seen.has(parent.nodeId); ) {
    seen.add(parent.nodeId);
    chain.push({ nodeId: parent.nodeId, partNumber: parent.partNumber });
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  return chain;
}
