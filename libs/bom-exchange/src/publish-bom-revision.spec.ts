import type { BomNodeV1 } from '@renkei/contracts';
import { deciderSpecification } from '@renkei/testing';
import type { BomActorRole, BomEvent, BomRevisionPublished, PublishBomRevision } from './bom-messages';
import { BomError } from './field-error';
import { decide, evolve, initialProductBom } from './product-bom';
import { SAMPLE_LEAD, SAMPLE_NODES, bomNode, op, withNode } from './sample-bom';

const now = new Date('2026-11-20T10:00:00Z');
const spec = deciderSpecification({ decide, evolve, initialState: initialProductBom });

const publishCommand = (revision: number, nodes: readonly BomNodeV1[], companyId = SAMPLE_LEAD, role: BomActorRole = 'lead'): PublishBomRevision => ({
  type: 'PublishBomRevision',
  data: { productId: 'PUMP-A100', revision, nodes },
  metadata: { actor: { companyId, role }, now },
});
const allAdded = { added: SAMPLE_NODES.map((node) => node.nodeId), removed: [], changed: [] };
const revisionOne: BomRevisionPublished = {
  type: 'BomRevisionPublished',
  data: { productId: 'PUMP-A100', revision: 1, nodes: SAMPLE_NODES, diff: allAdded, publishedBy: SAMPLE_LEAD, publishedAt: '2026-11-19T09:00:00.000Z' },
};

describe('bom: PublishBomRevision', () => {
  it('publishes the first revision with every node as added, and notifies no change', () => {
    spec
      .given([])
      .when(publishCommand(1, SAMPLE_NODES))
      .then([
        {
          type: 'BomRevisionPublished',
          data: { productId: 'PUMP-A100', revision: 1, nodes: SAMPLE_NODES, diff: allAdded, publishedBy: SAMPLE_LEAD, publishedAt: now.toISOString() },
        },
      ]);
  });

  it('publishes the next revision with its diff, and notifies the affected workshops', () => {
    const nodes = withNode(SAMPLE_NODES, 'BRACKET', { qtyPer: 3 });
    spec
      .given([revisionOne])
      .when(publishCommand(2, nodes))
      .then([
        {
          type: 'BomRevisionPublished',
          data: { productId: 'PUMP-A100', revision: 2, nodes, diff: { added: [], removed: [], changed: [{ nodeId: 'BRACKET', fields: ['qtyPer'] }] }, publishedBy: SAMPLE_LEAD, publishedAt: now.toISOString() },
        },
        {
          type: 'EngineeringChangeNotified',
          data: {
            productId: 'PUMP-A100',
            fromRevision: 1,
            toRevision: 2,
            affected: [
              { workshopId: 'ws-kato', nodeIds: ['BRACKET'] },
              { workshopId: 'ws-sato', nodeIds: ['BRACKET'] },
            ],
          },
        },
      ]);
  });

  it('still announces a revision that changes nothing, with nobody affected', () => {
    const events = [revisionOne].reduce(evolve, initialProductBom);
    const result: BomEvent[] = decide(publishCommand(2, SAMPLE_NODES), events);
    expect(result.map((event) => event.type)).toEqual(['BomRevisionPublished', 'EngineeringChangeNotified']);
    expect(result[1]?.data).toMatchObject({ fromRevision: 1, toRevision: 2, affected: [] });
  });

  it('refuses a publisher that is not a lead contractor', () => {
    spec.given([]).when(publishCommand(1, SAMPLE_NODES, 'ws-okada', 'workshop')).thenThrows('BOM.NOT_A_LEAD');
  });

  it('refuses revision 1 onto a taken product id by name: on a free one it would be recorded', () => {
    spec.given([revisionOne]).when(publishCommand(1, SAMPLE_NODES, 'lead-kansai')).thenThrows('BOM.NOT_THE_OWNER');
  });

  it('answers a later revision from a lead the product does not concern exactly as on a free product id', () => {
    spec.given([revisionOne]).when(publishCommand(2, SAMPLE_NODES, 'lead-kansai')).thenThrows('BOM.REVISION_OUT_OF_ORDER');
    spec.given([revisionOne]).when(publishCommand(2, SAMPLE_NODES, 'lead-kansai')).thenThrowsAsIfGiven([]);
  });

  it('tells a lead routed in the product, which knows it exists, that another lead owns it', () => {
    const routedLead = withNode(SAMPLE_NODES, 'GASKET', { makeOrBuy: 'make', routing: [op(10, 'die-cutting', 'lead-kansai')] });
    spec.given([{ ...revisionOne, data: { ...revisionOne.data, nodes: routedLead } }]).when(publishCommand(2, SAMPLE_NODES, 'lead-kansai')).thenThrows('BOM.NOT_THE_OWNER');
  });

  it('refuses a first revision other than 1', () => {
    spec.given([]).when(publishCommand(2, SAMPLE_NODES)).thenThrows('BOM.REVISION_OUT_OF_ORDER');
  });

  it('refuses a revision that skips a number or repeats one', () => {
    spec.given([revisionOne]).when(publishCommand(3, SAMPLE_NODES)).thenThrows('BOM.REVISION_OUT_OF_ORDER');
    spec.given([revisionOne]).when(publishCommand(1, SAMPLE_NODES)).thenThrows('BOM.REVISION_OUT_OF_ORDER');
  });

  it('refuses two nodes with the same id, naming the second', () => {
    expectRefusal([...SAMPLE_NODES, bomNode('BOLT', 'COVER')], 'BOM.DUPLICATE_NODE_ID', ['nodes[7].nodeId']);
  });

  it('refuses a second root, naming every root', () => {
    expectRefusal([...SAMPLE_NODES, bomNode('SPARE', null)], 'BOM.ONE_ROOT_REQUIRED', ['nodes[0].parentId', 'nodes[7].parentId']);
  });

  it('refuses a list without a root', () => {
    expectRefusal([], 'BOM.ONE_ROOT_REQUIRED', ['nodes']);
  });

  it('refuses a parent that is not in the revision', () => {
    expectRefusal(withNode(SAMPLE_NODES, 'GASKET', { parentId: 'LID' }), 'BOM.UNKNOWN_PARENT', ['nodes[6].parentId']);
  });

  it('refuses a cycle, naming the nodes on it but not those hanging below it', () => {
    const nodes = withNode(SAMPLE_NODES, 'COVER', { parentId: 'BRACKET' });
    expectRefusal(nodes, 'BOM.CYCLE', ['nodes[4].parentId', 'nodes[5].parentId']);
    expectRefusal(withNode(SAMPLE_NODES, 'SHAFT', { parentId: 'SHAFT' }), 'BOM.CYCLE', ['nodes[2].parentId']);
  });
});

function expectRefusal(nodes: readonly BomNodeV1[], code: string, fields: string[]): void {
  spec.given([]).when(publishCommand(1, nodes)).thenThrows(code);
  const refusal = thrownBy(() => decide(publishCommand(1, nodes), initialProductBom));
  expect(refusal).toBeInstanceOf(BomError);
  expect((refusal as BomError).fieldErrors.map((fieldError) => fieldError.field)).toEqual(fields);
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
