// Example bom-exchange events for the AsyncAPI document, with the values of the repo's own fixtures
// (libs/bom-exchange specs, gateway large-order events). `satisfies` keeps each one in step with its type.
import type { BomNodeV1, BomRevisionAcknowledgedV1, BomRevisionPublishedV1, EngineeringChangeNotifiedV1 } from '../../bom-exchange';
import type { ContextExamples } from './message-example';

const productId = 'PUMP-A100';
const streamId = `bom-${productId}`;

const nodes: BomNodeV1[] = [
  { nodeId: 'ROOT', parentId: null, kind: 'assembly', partNumber: 'PUMP-A100', description: 'Pump assembly', qtyPer: 1, makeOrBuy: 'make', routing: [{ opNo: 10, process: 'assembly', workshopId: 'kanto-lead' }] },
  {
    nodeId: 'n-12',
    parentId: 'ROOT',
    kind: 'part',
    partNumber: 'BRK-100',
    description: 'Bracket, SUS304, 3 mm',
    qtyPer: 2,
    makeOrBuy: 'make',
    routing: [
      { opNo: 10, process: 'machining', workshopId: 'okada-seiki' },
      { opNo: 30, process: 'plating', workshopId: 'mori-plating' },
    ],
  },
];

export const BOM_EXCHANGE_EXAMPLES: ContextExamples = {
  'BomRevisionPublished.v1': {
    streamId,
    data: {
      productId,
      revision: 2,
      nodes,
      diff: { added: [], removed: [], changed: [{ nodeId: 'n-12', fields: ['qtyPer'] }] },
      publishedBy: 'kanto-lead',
      publishedAt: '2026-11-20T10:00:00.000Z',
    } satisfies BomRevisionPublishedV1,
  },
  'EngineeringChangeNotified.v1': {
    streamId,
    data: {
      productId,
      fromRevision: 1,
      toRevision: 2,
      affected: [
        { workshopId: 'mori-plating', nodeIds: ['n-12'] },
        { workshopId: 'okada-seiki', nodeIds: ['n-12'] },
      ],
    } satisfies EngineeringChangeNotifiedV1,
  },
  'BomRevisionAcknowledged.v1': {
    streamId,
    data: { productId, revision: 2, workshopId: 'okada-seiki', acknowledgedAt: '2026-11-20T11:00:00.000Z' } satisfies BomRevisionAcknowledgedV1,
  },
};
