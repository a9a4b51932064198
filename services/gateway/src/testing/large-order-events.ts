import { randomUUID } from 'node:crypto';
import type { BomNodeV1, EventEnvelope } from '@renkei/contracts';

export interface LargeOrderShape {
  readonly orderId: string;
  readonly productId: string;
  readonly leadId: string;
  /** Workshops ws-01 … ws-NN; each makes one sub-assembly and its parts. */
  readonly workshops: number;
  /** Total BOM nodes, root included. */
  readonly nodes: number;
}

export interface LargeOrder {
  readonly events: EventEnvelope[];
  readonly workshopIds: string[];
  /** The node ids each workshop supplies. */
  readonly nodesOf: ReadonlyMap<string, string[]>;
}

/**
 * The events of one customer order with a big multi-tier BOM, as the contexts would record
 * them: a published BOM, the order, one tier-1 purchase order per workshop (accepted), a work
 * item per line and one progress report each, a few of them late. For read-model tests and
 * benchmarks; every event is the contract's current version.
 */
export function largeOrderEvents(shape: LargeOrderShape, startPosition = 1): LargeOrder {
  const workshopIds = Array.from({ length: shape.workshops }, (_, index) => `ws-${String(index + 1).padStart(2, '0')}`);
  const nodes: BomNodeV1[] = [node(`${shape.productId}-ROOT`, null, 'assembly', workshopIds[0] as string)];
  const nodesOf = new Map<string, string[]>(workshopIds.map((id) => [id, []]));
  nodesOf.get(workshopIds[0] as string)?.push(`${shape.productId}-ROOT`);
  const partsPerWorkshop = Math.max(0, Math.floor((shape.nodes - 1 - shape.workshops) / shape.workshops));
  let remaining = shape.nodes - 1;
  workshopIds.forEach((workshopId, index) => {
    const subAssembly = `${shape.productId}-SA${index + 1}`;
    nodes.push(node(subAssembly, `${shape.productId}-ROOT`, 'sub-assembly', workshopId));
    nodesOf.get(workshopId)?.push(subAssembly);
    remaining -= 1;
    const parts = index === workshopIds.length - 1 ? remaining : Math.min(partsPerWorkshop, remaining);
    for (let part = 1; part <= parts; part += 1) {
      const partId = `${shape.productId}-SA${index + 1}-P${part}`;
      nodes.push(node(partId, subAssembly, 'part', workshopId));
      nodesOf.get(workshopId)?.push(partId);
    }
    remaining -= parts;
  });

  const events: EventEnvelope[] = [];
  let position = startPosition;
  const revisions = new Map<string, bigint>();
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 2, 8, minutes)).toISOString();
  const add = (streamId: string, type: string, data: Record<string, unknown>, schemaVersion = 1) => {
    const revision = revisions.get(streamId) ?? 0n;
    revisions.set(streamId, revision + 1n);
    events.push({ id: randomUUID(), type, streamId, revision, logPosition: `${position}-0`, schemaVersion, recordedAt: new Date(at(position % 1000)), data, metadata: {} });
    position += 1;
  };

  add(`bom-${shape.productId}`, 'BomRevisionPublished', {
    productId: shape.productId, revision: 1, nodes, diff: { added: nodes.map((each) => each.nodeId), removed: [], changed: [] },
    publishedBy: shape.leadId, publishedAt: at(0),
  });
  add(`order-${shape.orderId}`, 'CustomerOrderPlaced', {
    orderId: shape.orderId, customerName: 'Customer K.K.', customerRef: `REF-${shape.orderId}`, bomProductId: shape.productId, bomRevision: 1,
    lines: [{ lineNo: 1, partNumber: `${shape.productId}-ROOT`, bomNodeId: `${shape.productId}-ROOT`, quantity: 2, dueDate: '2026-12-20' }],
    ownerId: shape.leadId, placedAt: at(1),
  });
  for (const workshopId of workshopIds) {
    const poId = `${shape.orderId}-${workshopId}`;
    const lines = (nodesOf.get(workshopId) ?? []).map((nodeId, index) => ({
      lineNo: index + 1, partNumber: nodeId, bomNodeId: nodeId, quantity: 10, dueDate: '2026-12-10', unitPrice: { amount: '1200.00', currency: 'JPY' },
    }));
    add(`order-${poId}`, 'PurchaseOrderIssued', {
      orderId: poId, customerOrderId: shape.orderId, parent: null, buyerId: shape.leadId, supplierId: workshopId, tier: 1, lines, issuedAt: at(2),
    });
    add(`order-${poId}`, 'OrderAccepted', { orderId: poId, acceptedBy: workshopId, acceptedAt: at(3) });
    for (const line of lines) {
      const routing = nodes.find((each) => each.nodeId === line.bomNodeId)?.routing ?? [];
      add(`work-${poId}-${line.lineNo}`, 'WorkItemOpened', {
        poId, lineNo: line.lineNo, buyerId: shape.leadId, supplierId: workshopId, customerOrderId: shape.orderId, partNumber: line.partNumber,
        bomNodeId: line.bomNodeId, bomRevision: 1, quantity: line.quantity, dueDate: line.dueDate, operations: routing, openedBy: shape.leadId, openedAt: at(4),
      });
      const late = line.lineNo % 17 === 0;
      add(`work-${poId}-${line.lineNo}`, 'ProgressReported', {
        poId, lineNo: line.lineNo, status: late ? 'delayed' : 'in_progress', qtyGood: line.lineNo % 10, qtyScrap: 0, eta: late ? '2026-12-15' : null,
        note: null, occurredAt: at(5), reportedBy: workshopId, operation: 10, milestone: null, percent: null, delayReasonCode: late ? 'material' : null,
      }, 2);
    }
  }
  return { events, workshopIds, nodesOf };
}

function node(nodeId: string, parentId: string | null, kind: string, workshopId: string): BomNodeV1 {
  return {
    nodeId, parentId, kind: kind as BomNodeV1['kind'], partNumber: nodeId, description: '', qtyPer: 1, makeOrBuy: 'make',
    routing: [{ opNo: 10, process: 'machining', workshopId }, { opNo: 20, process: 'inspection', workshopId }],
  };
}
