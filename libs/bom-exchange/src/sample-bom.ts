import type { BomNodeV1, BomRoutingOperationV1 } from '@renkei/contracts';

/**
 * A small pump BOM whose routing crosses four workshops, used by the tests and handy for demos:
 *
 *   PUMP   assembly      10 assembly @ws-kato
 *   ├─ HOUSING sub-asm   10 machining @ws-okada, 20 plating @ws-mori
 *   │  ├─ SHAFT part     10 turning @ws-okada, 20 heat-treatment @ws-netsu
 *   │  └─ BOLT  part     (bought, no routing)
 *   └─ COVER sub-asm     10 sheet-metal @ws-sato
 *      ├─ BRACKET part   10 sheet-metal @ws-sato
 *      └─ GASKET part    (bought, 0.5 per cover)
 */
export const SAMPLE_LEAD = 'lead-kanto';

export function op(opNo: number, process: string, workshopId: string): BomRoutingOperationV1 {
  return { opNo, process, workshopId };
}

export function bomNode(nodeId: string, parentId: string | null, overrides: Partial<BomNodeV1> = {}): BomNodeV1 {
  return { nodeId, parentId, kind: 'part', partNumber: `PN-${nodeId}`, description: nodeId.toLowerCase(), qtyPer: 1, makeOrBuy: 'make', routing: [], ...overrides };
}

export const SAMPLE_NODES: readonly BomNodeV1[] = [
  bomNode('PUMP', null, { kind: 'assembly', routing: [op(10, 'assembly', 'ws-kato')] }),
  bomNode('HOUSING', 'PUMP', { kind: 'sub-assembly', routing: [op(10, 'machining', 'ws-okada'), op(20, 'plating', 'ws-mori')] }),
  bomNode('SHAFT', 'HOUSING', { routing: [op(10, 'turning', 'ws-okada'), op(20, 'heat-treatment', 'ws-netsu')] }),
  bomNode('BOLT', 'HOUSING', { qtyPer: 4, makeOrBuy: 'buy' }),
  bomNode('COVER', 'PUMP', { kind: 'sub-assembly', routing: [op(10, 'sheet-metal', 'ws-sato')] }),
  bomNode('BRACKET', 'COVER', { qtyPer: 2, routing: [op(10, 'sheet-metal', 'ws-sato')] }),
  bomNode('GASKET', 'COVER', { qtyPer: 0.5, makeOrBuy: 'buy' }),
];

/** The sample with one node replaced (or, when `replacement` is null, removed). */
export function withNode(nodes: readonly BomNodeV1[], nodeId: string, replacement: Partial<BomNodeV1> | null): BomNodeV1[] {
  return nodes.flatMap((node) => (node.nodeId !== nodeId ? [node] : replacement === null ? [] : [{ ...node, ...replacement }]));
}
