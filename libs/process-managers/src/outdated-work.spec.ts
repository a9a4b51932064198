import type { BomNodeV1, EngineeringChangeNotifiedV1 } from '@renkei/contracts';
import { bomHistoryOf, changedNodesConcerning, outdatingChanges, type BomHistory } from './outdated-work';
import type { IndexedWorkItem } from './work-item-index';

//   PUMP (assembly @ws-kato)
//   └─ HOUSING (machining @ws-okada, plating @ws-mori)
//      └─ SHAFT (turning @ws-okada)
//   └─ COVER (sheet-metal @ws-sato)
const node = (nodeId: string, parentId: string | null, workshops: string[], description = nodeId): BomNodeV1 => ({
  nodeId,
  parentId,
  kind: parentId === null ? 'assembly' : 'part',
  partNumber: `PN-${nodeId}`,
  description,
  qtyPer: 1,
  makeOrBuy: 'make',
  routing: workshops.map((workshopId, index) => ({ opNo: (index + 1) * 10, process: 'work', workshopId })),
});
const revision1 = [node('PUMP', null, ['ws-kato']), node('HOUSING', 'PUMP', ['ws-okada', 'ws-mori']), node('SHAFT', 'HOUSING', ['ws-okada']), node('COVER', 'PUMP', ['ws-sato'])];
const revision2 = revision1.map((each) => (each.nodeId === 'SHAFT' ? { ...each, description: 'shaft, longer' } : each));
const revision3 = revision2.map((each) => (each.nodeId === 'COVER' ? { ...each, description: 'cover, thicker' } : each));
// As the bom-exchange decider notifies them (affected through the node or an ancestor's routing).
const shaftChanged: EngineeringChangeNotifiedV1 = {
  productId: 'PUMP',
  fromRevision: 1,
  toRevision: 2,
  affected: [
    { workshopId: 'ws-kato', nodeIds: ['SHAFT'] },
    { workshopId: 'ws-mori', nodeIds: ['SHAFT'] },
    { workshopId: 'ws-okada', nodeIds: ['SHAFT'] },
  ],
};
const coverChanged: EngineeringChangeNotifiedV1 = {
  productId: 'PUMP',
  fromRevision: 2,
  toRevision: 3,
  affected: [
    { workshopId: 'ws-kato', nodeIds: ['COVER'] },
    { workshopId: 'ws-sato', nodeIds: ['COVER'] },
  ],
};
const bom: BomHistory = bomHistoryOf([
  { type: 'BomRevisionPublished', data: { productId: 'PUMP', revision: 1, nodes: revision1, diff: { added: [], removed: [], changed: [] }, publishedBy: 'lead-1', publishedAt: '2026-11-01T00:00:00Z' } },
  { type: 'BomRevisionPublished', data: { productId: 'PUMP', revision: 2, nodes: revision2, diff: { added: [], removed: [], changed: [] }, publishedBy: 'lead-1', publishedAt: '2026-11-02T00:00:00Z' } },
  { type: 'EngineeringChangeNotified', data: shaftChanged },
  { type: 'BomRevisionAcknowledged', data: { productId: 'PUMP', revision: 2, workshopId: 'ws-okada', acknowledgedAt: '2026-11-02T01:00:00Z' } },
  { type: 'BomRevisionPublished', data: { productId: 'PUMP', revision: 3, nodes: revision3, diff: { added: [], removed: [], changed: [] }, publishedBy: 'lead-1', publishedAt: '2026-11-03T00:00:00Z' } },
  { type: 'EngineeringChangeNotified', data: coverChanged },
]);
const item = (poId: string, bomNodeId: string, workshopIds: string[], bomRevision = 1): IndexedWorkItem => ({ poId, lineNo: 1, productId: 'PUMP', bomNodeId, bomRevision, workshopIds });

describe('which BOM changes make work outdated', () => {
  it('reads the owner, every revision and every change from the BOM stream', () => {
    expect(bom.owner).toBe('lead-1');
    expect([...bom.nodesByRevision.keys()]).toEqual([1, 2, 3]);
    expect(bom.changes).toEqual([shaftChanged, coverChanged]);
  });

  it('concerns the work on the changed node itself, for its supplier', () => {
    expect(changedNodesConcerning(item('PO-SHAFT', 'SHAFT', ['ws-okada']), shaftChanged, bom)).toEqual(['SHAFT']);
  });

  it('concerns the work on a node above it: an assembler must know its parts changed', () => {
    expect(changedNodesConcerning(item('PO-HOUSING', 'HOUSING', ['ws-okada', 'ws-mori']), shaftChanged, bom)).toEqual(['SHAFT']);
  });

  it('concerns an item whose supplier is not affected when a workshop of its routing is', () => {
    expect(changedNodesConcerning(item('PO-TRADER', 'SHAFT', ['ws-trader', 'ws-okada']), shaftChanged, bom)).toEqual(['SHAFT']);
  });

  it('does not concern work on another branch, work of unaffected workshops, other products, or work already on the new revision', () => {
    expect(changedNodesConcerning(item('PO-COVER', 'COVER', ['ws-sato']), shaftChanged, bom)).toEqual([]);
    expect(changedNodesConcerning(item('PO-X', 'SHAFT', ['ws-elsewhere']), shaftChanged, bom)).toEqual([]);
    expect(changedNodesConcerning({ ...item('PO-SHAFT', 'SHAFT', ['ws-okada']), productId: 'FAN' }, shaftChanged, bom)).toEqual([]);
    expect(changedNodesConcerning(item('PO-SHAFT', 'SHAFT', ['ws-okada'], 2), shaftChanged, bom)).toEqual([]);
  });

  it('catches up an item opened after changes: the newest revision that concerns it, with every node that changed for it', () => {
    expect(outdatingChanges(item('PO-SHAFT', 'SHAFT', ['ws-okada']), bom)).toEqual({ currentRevision: 2, changedNodeIds: ['SHAFT'] });
    expect(outdatingChanges(item('PO-COVER', 'COVER', ['ws-sato']), bom)).toEqual({ currentRevision: 3, changedNodeIds: ['COVER'] });
    expect(outdatingChanges(item('PO-PUMP', 'PUMP', ['ws-kato']), bom)).toEqual({ currentRevision: 3, changedNodeIds: ['SHAFT', 'COVER'] });
    expect(outdatingChanges(item('PO-COVER', 'COVER', ['ws-sato'], 3), bom)).toBeNull();
    expect(outdatingChanges(item('PO-HOUSING', 'HOUSING', ['ws-okada'], 2), bom)).toBeNull();
  });
});
