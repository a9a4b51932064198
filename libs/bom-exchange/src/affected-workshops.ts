import type { BomDiffV1, BomNodeV1, EngineeringChangeNotifiedV1 } from '@renkei/contracts';
import { ancestorIds, parentIndex } from './bom-tree';

export type AffectedWorkshop = EngineeringChangeNotifiedV1['affected'][number];

/**
 * Which workshops a change touches, and through which changed, added or removed nodes.
 * A workshop is affected by a touched node when it has an operation on that node, or on any of its
 * ancestors (it works on the subtree the node sits in: an assembler must know its parts changed),
 * in the previous or in the next revision, so a workshop that loses work is told as well as one
 * that gains it. Workshops come sorted by id; node ids in the order of the next list, then removed ones.
 */
export function affectedWorkshops(diff: BomDiffV1, previousNodes: readonly BomNodeV1[], nextNodes: readonly BomNodeV1[]): AffectedWorkshop[] {
  const touched = new Set([...diff.added, ...diff.removed, ...diff.changed.map((change) => change.nodeId)]);
  const nextIds = new Set(nextNodes.map((node) => node.nodeId));
  const touchedInOrder = [...nextNodes, ...previousNodes.filter((node) => !nextIds.has(node.nodeId))]
    .map((node) => node.nodeId)
    .filter((nodeId) => touched.has(nodeId));

  const nodeIdsByWorkshop = new Map<string, Set<string>>();
  for (const nodes of [previousNodes, nextNodes]) {
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const parentOf = parentIndex(nodes);
    for (const nodeId of touchedInOrder) {
      if (!byId.has(nodeId)) continue;
      for (const workingOn of [nodeId, ...ancestorIds(nodeId, parentOf)]) {
        for (const op of byId.get(workingOn)?.routing ?? []) {
          const ids = nodeIdsByWorkshop.get(op.workshopId) ?? new Set<string>();
          ids.add(nodeId);
          nodeIdsByWorkshop.set(op.workshopId, ids);
        }
      }
    }
  }
  return [...nodeIdsByWorkshop.keys()].sort().map((workshopId) => {
    const ids = nodeIdsByWorkshop.get(workshopId) ?? new Set<string>();
    return { workshopId, nodeIds: touchedInOrder.filter((nodeId) => ids.has(nodeId)) };
  });
}
