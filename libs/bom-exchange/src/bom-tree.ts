import type { BomNodeV1 } from '@renkei/contracts';
import type { BomErrorCode, FieldError } from './field-error';

export interface TreeViolation {
  readonly code: Extract<BomErrorCode, 'BOM.DUPLICATE_NODE_ID' | 'BOM.ONE_ROOT_REQUIRED' | 'BOM.UNKNOWN_PARENT' | 'BOM.CYCLE'>;
  readonly message: string;
  readonly fieldErrors: readonly FieldError[];
}

/**
 * The tree rules a revision's flat node list must satisfy, checked in this order: unique ids,
 * exactly one root, known parents, no cycles. Returns the first broken rule with every node
 * that breaks it (by index), or null.
 */
export function findTreeViolation(nodes: readonly BomNodeV1[]): TreeViolation | null {
  const firstIndex = new Map<string, number>();
  const duplicates: FieldError[] = [];
  nodes.forEach((node, index) => {
    const first = firstIndex.get(node.nodeId);
    if (first === undefined) firstIndex.set(node.nodeId, index);
    else duplicates.push({ field: `nodes[${index}].nodeId`, rule: 'must be unique within the revision', allowed: `an id other than ${node.nodeId} (already used by nodes[${first}])` });
  });
  if (duplicates.length > 0) return { code: 'BOM.DUPLICATE_NODE_ID', message: 'node ids must be unique', fieldErrors: duplicates };

  const roots = nodes.map((node, index) => ({ node, index })).filter(({ node }) => node.parentId === null);
  if (roots.length !== 1) {
    const fieldErrors: FieldError[] =
      roots.length === 0
        ? [{ field: 'nodes', rule: 'must contain exactly one root', allowed: 'one node with parentId null' }]
        : roots.map(({ index }) => ({ field: `nodes[${index}].parentId`, rule: 'only one node may be the root', allowed: 'the nodeId of another node' }));
    return { code: 'BOM.ONE_ROOT_REQUIRED', message: `a BOM has exactly one root, found ${roots.length}`, fieldErrors };
  }

  const unknownParents = nodes.flatMap((node, index) =>
    node.parentId !== null && !firstIndex.has(node.parentId)
      ? [{ field: `nodes[${index}].parentId`, rule: 'must be the nodeId of a node in the same revision', allowed: 'an existing nodeId, or null for the root' }]
      : [],
  );
  if (unknownParents.length > 0) return { code: 'BOM.UNKNOWN_PARENT', message: 'some nodes name a parent that is not in the revision', fieldErrors: unknownParents };

  const onCycle = nodesOnCycles(nodes);
  if (onCycle.size > 0) {
    const fieldErrors = nodes.flatMap((node, index) =>
      onCycle.has(node.nodeId) ? [{ field: `nodes[${index}].parentId`, rule: 'must not make the node its own ancestor', allowed: 'a node that is not among its descendants' }] : [],
    );
    return { code: 'BOM.CYCLE', message: 'the parent links form a cycle', fieldErrors };
  }
  return null;
}

/** Ids of the nodes that sit on a parent cycle (a node that only hangs below a cycle is not on it). */
function nodesOnCycles(nodes: readonly BomNodeV1[]): Set<string> {
  const parentOf = parentIndex(nodes);
  const settled = new Set<string>();
  const onCycle = new Set<string>();
  for (const start of nodes) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null | undefined = start.nodeId;
    while (current !== null && current !== undefined && !settled.has(current)) {
      if (onPath.has(current)) {
        path.slice(path.indexOf(current)).forEach((id) => onCycle.add(id));
        break;
      }
      path.push(current);
      onPath.add(current);
      current = parentOf.get(current);
    }
    path.forEach((id) => settled.add(id));
  }
  return onCycle;
}

/** nodeId → parentId, built once so walking up the tree is cheap. */
export function parentIndex(nodes: readonly BomNodeV1[]): ReadonlyMap<string, string | null> {
  return new Map(nodes.map((node) => [node.nodeId, node.parentId]));
}

/** Ids of a node's ancestors, nearest first; stops at the root, a missing parent, or a repeat. */
export function ancestorIds(nodeId: string, parentOf: ReadonlyMap<string, string | null>): string[] {
  const ancestors: string[] = [];
  let current = parentOf.get(nodeId) ?? null;
  while (current !== null && current !== nodeId && !ancestors.includes(current)) {
    ancestors.push(current);
    current = parentOf.get(current) ?? null;
  }
  return ancestors;
}

/** The given nodes and every node below them. */
export function subtreeIds(rootIds: Iterable<string>, nodes: readonly BomNodeV1[]): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    childrenOf.set(node.parentId, [...(childrenOf.get(node.parentId) ?? []), node.nodeId]);
  }
  const reached = new Set<string>();
  const pending = [...rootIds];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...(childrenOf.get(id) ?? []));
  }
  return reached;
}

/** Companies with at least one operation in the routing of these nodes, sorted. */
export function routedWorkshops(nodes: readonly BomNodeV1[]): string[] {
  return [...new Set(nodes.flatMap((node) => node.routing.map((op) => op.workshopId)))].sort();
}
