/** What drawing the tree needs of a node: the order's flat `nodes` list gives each its parent. */
export interface TreeNodeLike {
  readonly nodeId: string;
  readonly parentId: string | null;
}

export interface TreeRow<T extends TreeNodeLike> {
  readonly node: T;
  /** 1 for a top node of the tree as the reader may see it, then one more per tier down. */
  readonly level: number;
  readonly childCount: number;
  /** The node ids above it, top first. */
  readonly ancestors: readonly string[];
}

/**
 * The flat node list as rows, depth-first, each child under its parent in the list's order. A node
 * whose parent the reader may not see is a top node; a loop (a bad answer) is cut rather than followed forever.
 */
export function treeRows<T extends TreeNodeLike>(nodes: readonly T[]): TreeRow<T>[] {
  const known = new Set(nodes.map((node) => node.nodeId));
  const children = new Map<string | null, T[]>();
  for (const node of nodes) {
    const parent = node.parentId !== null && known.has(node.parentId) && node.parentId !== node.nodeId ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const rows: TreeRow<T>[] = [];
  const placed = new Set<string>();
  const visit = (node: T, ancestors: readonly string[]) => {
    if (placed.has(node.nodeId)) return;
    placed.add(node.nodeId);
    const below = (children.get(node.nodeId) ?? []).filter((child) => !placed.has(child.nodeId));
    rows.push({ node, level: ancestors.length + 1, childCount: below.length, ancestors });
    for (const child of below) visit(child, [...ancestors, node.nodeId]);
  };
  for (const top of children.get(null) ?? []) visit(top, []);
  // Nodes only reachable through a loop: shown at the top rather than lost.
  for (const node of nodes) visit(node, []);
  return rows;
}

/** The rows a reader sees with some branches folded: everything below a collapsed node is hidden. */
export function visibleRows<T extends TreeNodeLike>(rows: readonly TreeRow<T>[], collapsed: ReadonlySet<string>): TreeRow<T>[] {
  if (collapsed.size === 0) return [...rows];
  return rows.filter((row) => !row.ancestors.some((id) => collapsed.has(id)));
}
