import type { BomNodeV1 } from '@renkei/contracts';
import { affectedWorkshops } from './affected-workshops';
import { diffBom } from './diff-bom';
import { SAMPLE_NODES, bomNode, op, withNode } from './sample-bom';

const affected = (next: readonly BomNodeV1[]) => affectedWorkshops(diffBom(SAMPLE_NODES, next), SAMPLE_NODES, next);

describe('affectedWorkshops', () => {
  it('tells the workshops that work on a changed node or on a node above it, and nobody else', () => {
    expect(affected(withNode(SAMPLE_NODES, 'BRACKET', { qtyPer: 3 }))).toEqual([
      { workshopId: 'ws-kato', nodeIds: ['BRACKET'] },
      { workshopId: 'ws-sato', nodeIds: ['BRACKET'] },
    ]);
  });

  it('does not tell a workshop that only works below the changed node', () => {
    const result = affected(withNode(SAMPLE_NODES, 'HOUSING', { description: 'housing, cast' }));
    expect(result.map((entry) => entry.workshopId)).toEqual(['ws-kato', 'ws-mori', 'ws-okada']);
    expect(result.map((entry) => entry.workshopId)).not.toContain('ws-netsu');
  });

  it('tells both the workshop that loses an operation and the one that gains it', () => {
    const next = withNode(SAMPLE_NODES, 'HOUSING', { routing: [op(10, 'machining', 'ws-okada'), op(20, 'plating', 'ws-mekki')] });
    expect(affected(next).map((entry) => entry.workshopId)).toEqual(['ws-kato', 'ws-mekki', 'ws-mori', 'ws-okada']);
  });

  it('tells the workshops above an added part (its future assemblers)', () => {
    const next = [...SAMPLE_NODES, bomNode('O-RING', 'COVER', { makeOrBuy: 'buy' })];
    expect(affected(next)).toEqual([
      { workshopId: 'ws-kato', nodeIds: ['O-RING'] },
      { workshopId: 'ws-sato', nodeIds: ['O-RING'] },
    ]);
  });

  it('uses the previous revision for a removed node', () => {
    const next = withNode(SAMPLE_NODES, 'SHAFT', null);
    expect(affected(next)).toEqual([
      { workshopId: 'ws-kato', nodeIds: ['SHAFT'] },
      { workshopId: 'ws-mori', nodeIds: ['SHAFT'] },
      { workshopId: 'ws-netsu', nodeIds: ['SHAFT'] },
      { workshopId: 'ws-okada', nodeIds: ['SHAFT'] },
    ]);
  });

  it('follows a node moved to another parent: the old and the new assemblers are told', () => {
    const withoutRoot = SAMPLE_NODES.map((node) => (node.nodeId === 'PUMP' ? { ...node, routing: [] } : node));
    const next = withNode(withoutRoot, 'BOLT', { parentId: 'COVER' });
    const result = affectedWorkshops(diffBom(withoutRoot, next), withoutRoot, next);
    expect(result).toEqual([
      { workshopId: 'ws-mori', nodeIds: ['BOLT'] },
      { workshopId: 'ws-okada', nodeIds: ['BOLT'] },
      { workshopId: 'ws-sato', nodeIds: ['BOLT'] },
    ]);
  });

  it('lists every touched node per workshop in the order of the node list', () => {
    const next = withNode(withNode(SAMPLE_NODES, 'GASKET', { qtyPer: 1 }), 'HOUSING', { qtyPer: 2 });
    expect(affected(next).find((entry) => entry.workshopId === 'ws-kato')).toEqual({ workshopId: 'ws-kato', nodeIds: ['HOUSING', 'GASKET'] });
  });

  it('is empty when nothing changed', () => {
    expect(affected(SAMPLE_NODES)).toEqual([]);
  });
});
