import { diffBom } from './diff-bom';
import { SAMPLE_NODES, bomNode, op, withNode } from './sample-bom';

describe('diffBom', () => {
  it('lists every node as added against an empty previous revision', () => {
    expect(diffBom([], SAMPLE_NODES)).toEqual({
      added: ['PUMP', 'HOUSING', 'SHAFT', 'BOLT', 'COVER', 'BRACKET', 'GASKET'],
      removed: [],
      changed: [],
    });
  });

  it('is empty when nothing changed', () => {
    expect(diffBom(SAMPLE_NODES, [...SAMPLE_NODES].reverse())).toEqual({ added: [], removed: [], changed: [] });
  });

  it('finds added and removed nodes by id', () => {
    const next = [...withNode(SAMPLE_NODES, 'GASKET', null), bomNode('O-RING', 'COVER', { makeOrBuy: 'buy' })];
    expect(diffBom(SAMPLE_NODES, next)).toEqual({ added: ['O-RING'], removed: ['GASKET'], changed: [] });
  });

  it('names each changed field, in a fixed order', () => {
    const next = withNode(SAMPLE_NODES, 'BOLT', { qtyPer: 6, description: 'M6 bolt', partNumber: 'PN-BOLT-M6', makeOrBuy: 'make' });
    expect(diffBom(SAMPLE_NODES, next).changed).toEqual([{ nodeId: 'BOLT', fields: ['partNumber', 'description', 'qtyPer', 'makeOrBuy'] }]);
  });

  it('sees a decimal quantity change', () => {
    const next = withNode(SAMPLE_NODES, 'GASKET', { qtyPer: 0.25 });
    expect(diffBom(SAMPLE_NODES, next).changed).toEqual([{ nodeId: 'GASKET', fields: ['qtyPer'] }]);
  });

  it('reports a node moved under another parent as a parentId change', () => {
    const next = withNode(SAMPLE_NODES, 'BOLT', { parentId: 'COVER' });
    expect(diffBom(SAMPLE_NODES, next).changed).toEqual([{ nodeId: 'BOLT', fields: ['parentId'] }]);
  });

  it('reports a kind change', () => {
    const next = withNode(SAMPLE_NODES, 'BRACKET', { kind: 'sub-assembly' });
    expect(diffBom(SAMPLE_NODES, next).changed).toEqual([{ nodeId: 'BRACKET', fields: ['kind'] }]);
  });

  it('reports a routing change when an operation moves to another workshop, is renumbered, or is added', () => {
    const moved = withNode(SAMPLE_NODES, 'HOUSING', { routing: [op(10, 'machining', 'ws-okada'), op(20, 'plating', 'ws-mekki')] });
    const renumbered = withNode(SAMPLE_NODES, 'HOUSING', { routing: [op(10, 'machining', 'ws-okada'), op(30, 'plating', 'ws-mori')] });
    const extra = withNode(SAMPLE_NODES, 'BOLT', { routing: [op(10, 'plating', 'ws-mori')] });
    for (const next of [moved, renumbered, extra]) {
      expect(diffBom(SAMPLE_NODES, next).changed.map((change) => change.fields)).toEqual([['routing']]);
    }
  });
});
