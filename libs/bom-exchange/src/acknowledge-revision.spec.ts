import { deciderSpecification } from '@renkei/testing';
import type { AcknowledgeRevision, BomRevisionAcknowledged, BomRevisionPublished } from './bom-messages';
import { decide, evolve, initialProductBom } from './product-bom';
import { SAMPLE_LEAD, SAMPLE_NODES, withNode } from './sample-bom';

const now = new Date('2026-11-21T08:30:00Z');
const spec = deciderSpecification({ decide, evolve, initialState: initialProductBom });

const acknowledge = (revision: number, companyId: string): AcknowledgeRevision => ({
  type: 'AcknowledgeRevision',
  data: { productId: 'PUMP-A100', revision },
  metadata: { actor: { companyId, role: 'workshop' }, now },
});
const published = (revision: number, nodes = SAMPLE_NODES): BomRevisionPublished => ({
  type: 'BomRevisionPublished',
  data: { productId: 'PUMP-A100', revision, nodes, diff: { added: [], removed: [], changed: [] }, publishedBy: SAMPLE_LEAD, publishedAt: '2026-11-19T09:00:00.000Z' },
});
const acknowledged = (revision: number, workshopId: string): BomRevisionAcknowledged => ({
  type: 'BomRevisionAcknowledged',
  data: { productId: 'PUMP-A100', revision, workshopId, acknowledgedAt: '2026-11-20T07:00:00.000Z' },
});
// Revision 2 moves the plating of the housing from ws-mori to ws-mekki.
const withoutMori = withNode(SAMPLE_NODES, 'HOUSING', { routing: [{ opNo: 10, process: 'machining', workshopId: 'ws-okada' }, { opNo: 20, process: 'plating', workshopId: 'ws-mekki' }] });

describe('bom: AcknowledgeRevision', () => {
  it('records that a routed workshop works to the revision', () => {
    spec
      .given([published(1)])
      .when(acknowledge(1, 'ws-sato'))
      .then([{ type: 'BomRevisionAcknowledged', data: { productId: 'PUMP-A100', revision: 1, workshopId: 'ws-sato', acknowledgedAt: now.toISOString() } }]);
  });

  it('accepts a workshop whose only operation is deep in the tree', () => {
    spec
      .given([published(1)])
      .when(acknowledge(1, 'ws-netsu'))
      .then([{ type: 'BomRevisionAcknowledged', data: { productId: 'PUMP-A100', revision: 1, workshopId: 'ws-netsu', acknowledgedAt: now.toISOString() } }]);
  });

  it('ignores a second acknowledgement of the same revision', () => {
    spec.given([published(1), acknowledged(1, 'ws-sato')]).when(acknowledge(1, 'ws-sato')).then([]);
  });

  it('accepts an older revision the workshop was routed in', () => {
    spec
      .given([published(1), published(2, withoutMori)])
      .when(acknowledge(1, 'ws-mori'))
      .then([{ type: 'BomRevisionAcknowledged', data: { productId: 'PUMP-A100', revision: 1, workshopId: 'ws-mori', acknowledgedAt: now.toISOString() } }]);
  });

  it('refuses a workshop routed in another revision of the product, but not in this one', () => {
    spec.given([published(1), published(2, withoutMori)]).when(acknowledge(2, 'ws-mori')).thenThrows('BOM.NOT_AFFECTED');
  });

  it('answers a company routed in no revision exactly as if nothing was published, whatever revision it names', () => {
    for (const revision of [1, 2, 3]) {
      spec.given([published(1), published(2, withoutMori)]).when(acknowledge(revision, 'ws-stranger')).thenThrows('BOM.PRODUCT_NOT_FOUND');
      spec.given([published(1), published(2, withoutMori)]).when(acknowledge(revision, 'ws-stranger')).thenThrowsAsIfGiven([]);
    }
  });

  it('refuses a revision that was never published', () => {
    spec.given([published(1)]).when(acknowledge(2, 'ws-sato')).thenThrows('BOM.UNKNOWN_REVISION');
    spec.given([published(1)]).when(acknowledge(0, 'ws-sato')).thenThrows('BOM.UNKNOWN_REVISION');
  });

  it('refuses any acknowledgement before the first revision', () => {
    spec.given([]).when(acknowledge(1, 'ws-sato')).thenThrows('BOM.PRODUCT_NOT_FOUND');
  });
});
