import type { BomNodeV1, BomRevisionPublishedV1, EventEnvelope } from '@renkei/contracts';
import type { BomNodeEntity } from './bom-node.entity';

export type BomNodeRow = BomNodeEntity;

export const BOM_NODE_EVENT_TYPES = ['BomRevisionPublished'] as const;

/**
 * The rows of one published revision. A revision never changes once published, so applying
 * the same event twice writes the same rows (the table's key makes it a no-op).
 */
export function bomNodeRowsOf(event: EventEnvelope): BomNodeRow[] {
  if (event.type !== 'BomRevisionPublished') return [];
  const published = event.data as unknown as BomRevisionPublishedV1;
  const children = new Map<string | null, BomNodeV1[]>();
  for (const node of published.nodes) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  const rows: BomNodeRow[] = [];
  // Iterative depth-first walk: a deep BOM must not overflow the stack.
  const pending: Array<{ node: BomNodeV1; path: string[] }> = (children.get(null) ?? []).map((node) => ({ node, path: [node.nodeId] })).reverse();
  while (pending.length > 0) {
    const { node, path } = pending.pop() as { node: BomNodeV1; path: string[] };
    rows.push({
      productId: published.productId,
      revision: published.revision,
      nodeId: node.nodeId,
      parentId: node.parentId,
      path,
      position: rows.length,
      kind: node.kind,
      partNumber: node.partNumber,
      description: node.description,
      qtyPer: node.qtyPer,
      makeOrBuy: node.makeOrBuy,
      routing: node.routing.map(({ opNo, process, workshopId }) => ({ opNo, process, workshopId })),
      publishedBy: published.publishedBy,
    });
    const below = children.get(node.nodeId) ?? [];
    for (let index = below.length - 1; index >= 0; index -= 1) {
      const child = below[index] as BomNodeV1;
      pending.push({ node: child, path: [...path, child.nodeId] });
    }
  }
  return rows;
}
