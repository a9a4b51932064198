import { BOM_DIFF_FIELDS, type BomDiffField, type BomDiffV1, type BomNodeV1, type BomRoutingOperationV1 } from '@renkei/contracts';

/**
 * What changed from one revision's node list to the next, by node id. Nodes keep their id across
 * revisions; a node whose id disappears is removed, a new id is added. Lists follow the order of
 * the node lists (added and changed: the next list; removed: the previous one), fields the order
 * of BOM_DIFF_FIELDS, so the same two lists always give the same diff.
 */
export function diffBom(previousNodes: readonly BomNodeV1[], nextNodes: readonly BomNodeV1[]): BomDiffV1 {
  const previousById = new Map(previousNodes.map((node) => [node.nodeId, node]));
  const nextIds = new Set(nextNodes.map((node) => node.nodeId));
  const added: string[] = [];
  const changed: { nodeId: string; fields: BomDiffField[] }[] = [];
  for (const next of nextNodes) {
    const previous = previousById.get(next.nodeId);
    if (previous === undefined) {
      added.push(next.nodeId);
      continue;
    }
    const fields = BOM_DIFF_FIELDS.filter((field) => !sameField(field, previous, next));
    if (fields.length > 0) changed.push({ nodeId: next.nodeId, fields });
  }
  const removed = previousNodes.filter((node) => !nextIds.has(node.nodeId)).map((node) => node.nodeId);
  return { added, removed, changed };
}

function sameField(field: BomDiffField, previous: BomNodeV1, next: BomNodeV1): boolean {
  switch (field) {
    case 'routing':
      return sameRouting(previous.routing, next.routing);
    case 'parentId':
    case 'kind':
    case 'partNumber':
    case 'description':
    case 'qtyPer':
    case 'makeOrBuy':
      return previous[field] === next[field];
    default:
      return assertNever(field);
  }
}

/** Routings are equal when every operation matches in order: renumbering an operation is a change. */
function sameRouting(previous: readonly BomRoutingOperationV1[], next: readonly BomRoutingOperationV1[]): boolean {
  return (
    previous.length === next.length &&
    previous.every((op, index) => {
      const other = next[index];
      return other !== undefined && op.opNo === other.opNo && op.process === other.process && op.workshopId === other.workshopId;
    })
  );
}

function assertNever(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}
