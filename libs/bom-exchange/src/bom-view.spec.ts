import { bomViewFor, bomViewForCompany, bomViewForIntegrator, type BomViewNode } from './bom-view';
import type { BomRevisionPublished } from './bom-messages';
import { evolve, initialProductBom } from './product-bom';
import { SAMPLE_LEAD, SAMPLE_NODES } from './sample-bom';

// Type-level: a node as any viewer sees it (an integrator included) names no price anywhere.
type DeepKeys<T> = T extends readonly (infer Item)[] ? DeepKeys<Item> : T extends object ? { [K in keyof T]-?: K | DeepKeys<T[K]> }[keyof T] : never;
const nodeNamesAPrice: [Extract<DeepKeys<BomViewNode>, 'unitPrice' | 'price' | 'amount' | 'currency' | 'cost'>] extends [never] ? false : true = false;

const ids = (workshopId: string) => bomViewFor(SAMPLE_NODES, workshopId).map((node) => node.nodeId);

describe('bomViewFor: sharing derived from routing', () => {
  it('shows a workshop its own subtree and the parents it delivers into', () => {
    expect(ids('ws-okada')).toEqual(['PUMP', 'HOUSING', 'SHAFT', 'BOLT']);
    expect(ids('ws-sato')).toEqual(['PUMP', 'COVER', 'BRACKET', 'GASKET']);
  });

  it('never shows a workshop another workshop’s sibling subtree', () => {
    expect(ids('ws-okada')).not.toContain('COVER');
    expect(ids('ws-okada')).not.toContain('BRACKET');
    expect(ids('ws-okada')).not.toContain('GASKET');
    expect(ids('ws-sato')).not.toContain('HOUSING');
    expect(ids('ws-sato')).not.toContain('SHAFT');
  });

  it('shows a workshop deep in the tree only its node, not its siblings', () => {
    expect(ids('ws-netsu')).toEqual(['PUMP', 'HOUSING', 'SHAFT']);
  });

  it('hides who works on the parents, keeping what is done there', () => {
    const view = bomViewFor(SAMPLE_NODES, 'ws-netsu');
    expect(view.find((node) => node.nodeId === 'HOUSING')).toMatchObject({
      reach: 'interface',
      routing: [
        { opNo: 10, process: 'machining', workshopId: null },
        { opNo: 20, process: 'plating', workshopId: null },
      ],
    });
    expect(view.find((node) => node.nodeId === 'PUMP')?.routing).toEqual([{ opNo: 10, process: 'assembly', workshopId: null }]);
    expect(JSON.stringify(view.filter((node) => node.reach === 'interface'))).not.toMatch(/ws-(okada|mori|kato)/);
  });

  it('shows the whole routing of the workshop’s own nodes, so it knows where parts go next', () => {
    const shaft = bomViewFor(SAMPLE_NODES, 'ws-netsu').find((node) => node.nodeId === 'SHAFT');
    expect(shaft).toMatchObject({ reach: 'own', routing: [{ opNo: 10, process: 'turning', workshopId: 'ws-okada' }, { opNo: 20, process: 'heat-treatment', workshopId: 'ws-netsu' }] });
  });

  it('shows the final assembler everything below its node', () => {
    expect(ids('ws-kato')).toEqual(SAMPLE_NODES.map((node) => node.nodeId));
  });

  it('shows nothing to a company outside the routing', () => {
    expect(bomViewFor(SAMPLE_NODES, 'ws-stranger')).toEqual([]);
  });
});

describe('bomViewForCompany', () => {
  const published: BomRevisionPublished = {
    type: 'BomRevisionPublished',
    data: { productId: 'PUMP-A100', revision: 1, nodes: SAMPLE_NODES, diff: { added: [], removed: [], changed: [] }, publishedBy: SAMPLE_LEAD, publishedAt: '2026-11-20T10:00:00.000Z' },
  };
  const state = evolve(initialProductBom, published);

  it('shows the owner every node with its full routing', () => {
    expect(bomViewForCompany(state, SAMPLE_LEAD)).toEqual(SAMPLE_NODES.map((node) => ({ ...node, reach: 'own' })));
  });

  it('shows a workshop only its share', () => {
    expect(bomViewForCompany(state, 'ws-sato').map((node) => node.nodeId)).toEqual(['PUMP', 'COVER', 'BRACKET', 'GASKET']);
  });

  it('shows nothing before the first revision', () => {
    expect(bomViewForCompany(initialProductBom, SAMPLE_LEAD)).toEqual([]);
  });
});

describe('bomViewForIntegrator', () => {
  const published: BomRevisionPublished = {
    type: 'BomRevisionPublished',
    data: { productId: 'PUMP-A100', revision: 1, nodes: SAMPLE_NODES, diff: { added: [], removed: [], changed: [] }, publishedBy: SAMPLE_LEAD, publishedAt: '2026-11-20T10:00:00.000Z' },
  };
  const state = evolve(initialProductBom, published);
  const seen = (grantors: string[]) => bomViewForIntegrator(state, grantors).map((node) => `${node.nodeId}:${node.reach}`);

  it('shows what its one grantor sees', () => {
    expect(nodeNamesAPrice).toBe(false);
    expect(bomViewForIntegrator(state, ['ws-sato'])).toEqual(bomViewForCompany(state, 'ws-sato'));
    expect(bomViewForIntegrator(state, [SAMPLE_LEAD])).toEqual(bomViewForCompany(state, SAMPLE_LEAD));
  });

  it('shows the union of several grantors’ views in the revision’s order, a node one of them works on as its own', () => {
    expect(seen(['ws-sato', 'ws-netsu'])).toEqual(['PUMP:interface', 'HOUSING:interface', 'SHAFT:own', 'COVER:own', 'BRACKET:own', 'GASKET:own']);
    // ws-okada machines HOUSING, which ws-netsu only delivers into: the union shows who works on it.
    expect(bomViewForIntegrator(state, ['ws-netsu', 'ws-okada']).find((node) => node.nodeId === 'HOUSING')).toMatchObject({
      reach: 'own',
      routing: [{ workshopId: 'ws-okada' }, { workshopId: 'ws-mori' }],
    });
  });

  it('shows nothing without a grantor the BOM concerns, or before the first revision', () => {
    expect(bomViewForIntegrator(state, [])).toEqual([]);
    expect(bomViewForIntegrator(state, ['ws-stranger'])).toEqual([]);
    expect(bomViewForIntegrator(initialProductBom, [SAMPLE_LEAD])).toEqual([]);
  });
});
