import type { BomCommandMetadata } from './bom-messages';
import { parsePublishBomRevision } from './parse-publish-bom-revision';
import { SAMPLE_NODES } from './sample-bom';

const metadata: BomCommandMetadata = { actor: { companyId: 'lead-kanto', role: 'lead' }, now: new Date('2026-11-20T10:00:00Z') };
const fields = (result: ReturnType<typeof parsePublishBomRevision>) => (result.ok ? [] : result.errors.map((error) => error.field));
const goodNode = { nodeId: 'N1', parentId: null, kind: 'assembly', partNumber: 'A-100', description: 'pump', qtyPer: 1, makeOrBuy: 'make', routing: [] };

describe('parsePublishBomRevision', () => {
  it('turns a well-formed body into the command, keeping decimals and the node order', () => {
    const body = JSON.parse(JSON.stringify({ revision: 1, nodes: SAMPLE_NODES })) as unknown;
    expect(parsePublishBomRevision({ productId: 'PUMP-A100' }, body, metadata)).toEqual({
      ok: true,
      command: { type: 'PublishBomRevision', data: { productId: 'PUMP-A100', revision: 1, nodes: SAMPLE_NODES }, metadata },
    });
  });

  it('names the index and field of every bad node field', () => {
    const body = {
      revision: 1,
      nodes: [
        goodNode,
        { nodeId: 'N 2', parentId: 7, kind: 'widget', partNumber: '  ', description: 5, qtyPer: 0, makeOrBuy: 'lease', routing: [], colour: 'red' },
        { ...goodNode, nodeId: 'N3', parentId: 'N1', qtyPer: -0.5 },
        { ...goodNode, nodeId: 'N4', parentId: 'N1', qtyPer: '2' },
        'not a node',
      ],
    };
    expect(fields(parsePublishBomRevision({ productId: 'PUMP-A100' }, body, metadata))).toEqual([
      'nodes[1].nodeId',
      'nodes[1].parentId',
      'nodes[1].kind',
      'nodes[1].partNumber',
      'nodes[1].description',
      'nodes[1].qtyPer',
      'nodes[1].makeOrBuy',
      'nodes[1].colour',
      'nodes[2].qtyPer',
      'nodes[3].qtyPer',
      'nodes[4]',
    ]);
  });

  it('says what a bad quantity may be', () => {
    const result = parsePublishBomRevision({ productId: 'P' }, { revision: 1, nodes: [{ ...goodNode, qtyPer: 0 }] }, metadata);
    expect(result.ok ? null : result.errors[0]).toEqual({
      field: 'nodes[0].qtyPer',
      rule: 'must be a positive number per parent',
      allowed: 'greater than 0 up to 1000000; decimals allowed, e.g. 0.25',
    });
  });

  it('names every bad routing operation, including an opNo that does not increase', () => {
    const routing = [
      { opNo: 10, process: 'machining', workshopId: 'ws-okada' },
      { opNo: 10, process: 'Plating!', workshopId: 'WS OKADA' },
      { opNo: 5.5, process: 'plating', workshopId: 'ws-mori', cost: 12 },
      null,
    ];
    const result = parsePublishBomRevision({ productId: 'P' }, { revision: 1, nodes: [{ ...goodNode, routing }, { ...goodNode, nodeId: 'N2', routing: 'op 10' }] }, metadata);
    expect(fields(result)).toEqual([
      'nodes[0].routing[1].opNo',
      'nodes[0].routing[1].process',
      'nodes[0].routing[1].workshopId',
      'nodes[0].routing[2].opNo',
      'nodes[0].routing[2].cost',
      'nodes[0].routing[3]',
      'nodes[1].routing',
    ]);
  });

  it('names bad top-level fields: product id, revision, nodes and unknown fields', () => {
    expect(fields(parsePublishBomRevision({ productId: 'pump a100' }, { revision: 0, nodes: {}, comment: 'x' }, metadata))).toEqual(['productId', 'revision', 'nodes', 'comment']);
    expect(fields(parsePublishBomRevision({ productId: 'P' }, { revision: 1.5, nodes: [goodNode] }, metadata))).toEqual(['revision']);
  });

  it('leaves the tree rules to the decider: a second root is well-formed input', () => {
    const result = parsePublishBomRevision({ productId: 'P' }, { revision: 1, nodes: [goodNode, { ...goodNode, nodeId: 'N2' }] }, metadata);
    expect(result.ok).toBe(true);
  });

  it('refuses a body that is not an object', () => {
    expect(fields(parsePublishBomRevision({ productId: 'P' }, [goodNode], metadata))).toEqual(['body', 'revision', 'nodes']);
  });
});
