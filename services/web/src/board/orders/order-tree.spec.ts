import { treeRows, visibleRows } from './order-tree';

const node = (nodeId: string, parentId: string | null) => ({ nodeId, parentId });
const shape = (rows: ReturnType<typeof treeRows>) => rows.map((row) => `${'  '.repeat(row.level - 1)}${row.node.nodeId}(${row.childCount})`);

describe('order tree from the flat node list', () => {
  const nodes = [node('ASSY', null), node('FRAME', 'ASSY'), node('BRACKET', 'FRAME'), node('SHAFT', 'ASSY'), node('BOLT', 'FRAME')];

  it('puts each child under its parent, depth first, keeping the list’s order among siblings', () => {
    expect(shape(treeRows(nodes))).toEqual(['ASSY(2)', '  FRAME(2)', '    BRACKET(0)', '    BOLT(0)', '  SHAFT(0)']);
    expect(treeRows(nodes)[2]?.ancestors).toEqual(['ASSY', 'FRAME']);
  });

  it('makes a node whose parent the reader may not see a top node of its own', () => {
    expect(shape(treeRows([node('FRAME', 'ASSY'), node('BRACKET', 'FRAME'), node('PIN', 'HIDDEN')]))).toEqual(['FRAME(1)', '  BRACKET(0)', 'PIN(0)']);
  });

  it('shows every node once even when an answer loops, rather than hanging', () => {
    expect(shape(treeRows([node('A', 'B'), node('B', 'A'), node('C', 'C')]))).toEqual(['C(0)', 'A(1)', '  B(0)']);
  });

  it('hides everything below a collapsed node, and nothing else', () => {
    const rows = treeRows(nodes);
    expect(shape(visibleRows(rows, new Set(['FRAME'])))).toEqual(['ASSY(2)', '  FRAME(2)', '  SHAFT(0)']);
    expect(shape(visibleRows(rows, new Set(['ASSY'])))).toEqual(['ASSY(2)']);
    expect(visibleRows(rows, new Set())).toHaveLength(5);
  });
});
