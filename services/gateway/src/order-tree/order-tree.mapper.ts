import type { OrderTree } from './order-tree';
import type { CustomerOrderModel, OrderNodeModel } from './order-tree.model';

/** The pure tree as GraphQL objects: children are linked in memory, never fetched. */
export function toCustomerOrderModel(tree: OrderTree, asOf: Date | null): CustomerOrderModel {
  const models = new Map<string, OrderNodeModel>();
  const nodes = tree.nodes.map((node) => {
    const model: OrderNodeModel = {
      ...node,
      assignments: node.assignments.map((assignment) => ({
        ...assignment,
        lastReportAt: assignment.lastReportAt === null ? null : new Date(assignment.lastReportAt),
      })),
      delayReasons: [...node.delayReasons],
      children: [],
    };
    models.set(node.nodeId, model);
    return model;
  });
  for (const node of tree.nodes) {
    (models.get(node.nodeId) as OrderNodeModel).children = node.childIds.map((id) => models.get(id) as OrderNodeModel);
  }
  return {
    ...tree,
    placedAt: new Date(tree.placedAt),
    closedAt: tree.closedAt === null ? null : new Date(tree.closedAt),
    asOf,
    nodes,
    tree: nodes.filter((node) => node.parentId === null || !models.has(node.parentId)),
  };
}
