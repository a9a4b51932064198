import type { BomNodeV1 } from '@renkei/contracts';
import type { BomEvent } from './bom-messages';
import { outdatedWorkshops } from './outdated-workshops';
import { evolve, initialProductBom } from './product-bom';
import { SAMPLE_LEAD, SAMPLE_NODES, op, withNode } from './sample-bom';

const published = (revision: number, nodes: readonly BomNodeV1[] = SAMPLE_NODES): BomEvent => ({
  type: 'BomRevisionPublished',
  data: { productId: 'PUMP-A100', revision, nodes, diff: { added: [], removed: [], changed: [] }, publishedBy: SAMPLE_LEAD, publishedAt: '2026-11-19T09:00:00.000Z' },
});
const acknowledged = (revision: number, workshopId: string): BomEvent => ({
  type: 'BomRevisionAcknowledged',
  data: { productId: 'PUMP-A100', revision, workshopId, acknowledgedAt: '2026-11-20T07:00:00.000Z' },
});
const outdated = (events: BomEvent[]) => outdatedWorkshops(events.reduce(evolve, initialProductBom));

describe('outdatedWorkshops', () => {
  it('lists every routed workshop until it acknowledges the first revision', () => {
    expect(outdated([published(1), acknowledged(1, 'ws-okada')])).toEqual([
      { workshopId: 'ws-kato', latestAcknowledged: null, currentRevision: 1 },
      { workshopId: 'ws-mori', latestAcknowledged: null, currentRevision: 1 },
      { workshopId: 'ws-netsu', latestAcknowledged: null, currentRevision: 1 },
      { workshopId: 'ws-sato', latestAcknowledged: null, currentRevision: 1 },
    ]);
  });

  it('lists the workshops still on an older revision, and drops those no longer routed', () => {
    const revisionTwo = withNode(SAMPLE_NODES, 'HOUSING', { routing: [op(10, 'machining', 'ws-okada'), op(20, 'plating', 'ws-mekki')] });
    const history = ['ws-kato', 'ws-mori', 'ws-netsu', 'ws-okada', 'ws-sato'].map((workshopId) => acknowledged(1, workshopId));
    expect(outdated([published(1), ...history, published(2, revisionTwo), acknowledged(2, 'ws-okada'), acknowledged(2, 'ws-kato')])).toEqual([
      { workshopId: 'ws-mekki', latestAcknowledged: null, currentRevision: 2 },
      { workshopId: 'ws-netsu', latestAcknowledged: 1, currentRevision: 2 },
      { workshopId: 'ws-sato', latestAcknowledged: 1, currentRevision: 2 },
    ]);
  });

  it('does not let a late acknowledgement of an older revision count as current', () => {
    expect(outdated([published(1), published(2), acknowledged(2, 'ws-sato'), acknowledged(1, 'ws-sato')]).map((entry) => entry.workshopId)).not.toContain('ws-sato');
    expect(outdated([published(1), published(2), acknowledged(1, 'ws-kato')])).toContainEqual({ workshopId: 'ws-kato', latestAcknowledged: 1, currentRevision: 2 });
  });

  it('never lists the owner, whose publication is its acknowledgement', () => {
    const inHouse = withNode(SAMPLE_NODES, 'PUMP', { routing: [op(10, 'assembly', SAMPLE_LEAD)] });
    expect(outdated([published(1, inHouse)]).map((entry) => entry.workshopId)).not.toContain(SAMPLE_LEAD);
  });

  it('is empty before the first revision', () => {
    expect(outdatedWorkshops(initialProductBom)).toEqual([]);
  });
});
