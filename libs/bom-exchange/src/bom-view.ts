import type { BomNodeV1 } from '@renkei/contracts';
import { ancestorIds, parentIndex, subtreeIds } from './bom-tree';
import type { ProductBom } from './product-bom';

/** An operation as a viewer may see it: on the parents it delivers into, other companies are not named. */
export interface BomViewOperation {
  readonly opNo: number;
  readonly process: string;
  readonly workshopId: string | null;
}

export interface BomViewNode extends Omit<BomNodeV1, 'routing'> {
  /** `own`: the viewer works on it or on a node above it; `interface`: a parent its work is delivered into. */
  readonly reach: 'own' | 'interface';
  readonly routing: readonly BomViewOperation[];
}

/**
 * What one workshop may see of a revision. Sharing is derived from routing (there is no separate
 * ShareBom command): a workshop sees every node with an operation at it together with everything
 * below (parts it assembles, including who delivers them), plus the chain of parents up to the root
 * it delivers into. On those parents it sees what is done (opNo, process) but not by whom: other
 * companies' workshopIds are null. Everything else, e.g. a sibling subtree made by another
 * workshop, is left out. Nodes keep the order of the revision's list.
 */
export function bomViewFor(nodes: readonly BomNodeV1[], workshopId: string): BomViewNode[] {
  const worksOn = nodes.filter((node) => node.routing.some((op) => op.workshopId === workshopId)).map((node) => node.nodeId);
  const own = subtreeIds(worksOn, nodes);
  const parentOf = parentIndex(nodes);
  const deliversInto = new Set(worksOn.flatMap((nodeId) => ancestorIds(nodeId, parentOf)).filter((nodeId) => !own.has(nodeId)));
  return nodes.flatMap((node): BomViewNode[] => {
    if (own.has(node.nodeId)) return [{ ...node, reach: 'own' }];
    if (!deliversInto.has(node.nodeId)) return [];
    // A parent with an operation at the viewer would be its own node, so every company named here is another one.
    const routing = node.routing.map((op) => ({ opNo: op.opNo, process: op.process, workshopId: null }));
    return [{ ...node, reach: 'interface', routing }];
  });
}

/** The current revision as a company may see it: the owner (the lead) sees every node, anyone else its share. */
export function bomViewForCompany(state: ProductBom, companyId: string): BomViewNode[] {
  if (state.status === 'Unpublished') return [];
  if (state.owner === companyId) return state.nodes.map((node) => ({ ...node, reach: 'own' }));
  return bomViewFor(state.nodes, companyId);
}

/**
 * What an integrator sees of the current revision through the companies whose grant covers `bom`:
 * the union of their views, in the revision's order. A node one grantor works on and another only
 * delivers into is shown as the first sees it (`own`, routing and all). A BOM node carries no price.
 */
export function bomViewForIntegrator(state: ProductBom, grantorIds: readonly string[]): BomViewNode[] {
  if (state.status === 'Unpublished') return [];
  const widest = new Map<string, BomViewNode>();
  for (const node of grantorIds.flatMap((grantorId) => bomViewForCompany(state, grantorId))) {
    if (widest.get(node.nodeId)?.reach !== 'own') widest.set(node.nodeId, node);
  }
  return state.nodes.flatMap((node) => widest.get(node.nodeId) ?? []);
}
