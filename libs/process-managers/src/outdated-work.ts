import { ancestorIds, parentIndex, type BomEvent } from '@renkei/bom-exchange';
import type { BomNodeV1, EngineeringChangeNotifiedV1 } from '@renkei/contracts';
import type { IndexedWorkItem } from './work-item-index';

/** What the BOM-change manager needs of a product's BOM stream. */
export interface BomHistory {
  /** The lead that published revision 1: it owns the BOM, and the manager flags work on its behalf. */
  readonly owner: string | null;
  readonly nodesByRevision: ReadonlyMap<number, readonly BomNodeV1[]>;
  /** Every change notified so far, oldest first. */
  readonly changes: readonly EngineeringChangeNotifiedV1[];
}

export function bomHistoryOf(events: readonly BomEvent[]): BomHistory {
  let owner: string | null = null;
  const nodesByRevision = new Map<number, readonly BomNodeV1[]>();
  const changes: EngineeringChangeNotifiedV1[] = [];
  for (const event of events) {
    if (event.type === 'BomRevisionPublished') {
      owner ??= event.data.publishedBy;
      nodesByRevision.set(event.data.revision, event.data.nodes);
    } else if (event.type === 'EngineeringChangeNotified') {
      changes.push(event.data);
    }
  }
  return { owner, nodesByRevision, changes };
}

/** Why an item follows an outdated revision: the newest revision that concerns it, and the nodes that changed. */
export interface Outdating {
  readonly currentRevision: number;
  readonly changedNodeIds: readonly string[];
}

/**
 * The nodes of a change that concern a work item made to an older revision: for each affected workshop
 * that is the item's supplier or in its routing, the touched nodes that are the item's own node or
 * sit below it (in the revision before or after the change). Empty when the change does not concern it.
 */
export function changedNodesConcerning(item: IndexedWorkItem, change: EngineeringChangeNotifiedV1, bom: BomHistory): string[] {
  if (change.productId !== item.productId || change.toRevision <= item.bomRevision) return [];
  const parentMaps = [change.fromRevision, change.toRevision].map((revision) => parentIndex(bom.nodesByRevision.get(revision) ?? []));
  const concerns = (nodeId: string) => nodeId === item.bomNodeId || parentMaps.some((parentOf) => ancestorIds(nodeId, parentOf).includes(item.bomNodeId));
  const nodeIds = change.affected.filter((entry) => item.workshopIds.includes(entry.workshopId)).flatMap((entry) => entry.nodeIds.filter(concerns));
  return [...new Set(nodeIds)];
}

/**
 * Every change after the item's revision, taken together: an item opened after changes were published
 * (a customer order placed on an older revision, or events arriving out of order from Kafka) is caught up.
 * Null when none concerns it.
 */
export function outdatingChanges(item: IndexedWorkItem, bom: BomHistory): Outdating | null {
  let currentRevision = 0;
  const changedNodeIds: string[] = [];
  for (const change of bom.changes) {
    const concerning = changedNodesConcerning(item, change, bom);
    if (concerning.length === 0) continue;
    currentRevision = Math.max(currentRevision, change.toRevision);
    changedNodeIds.push(...concerning);
  }
  return currentRevision === 0 ? null : { currentRevision, changedNodeIds: [...new Set(changedNodeIds)] };
}
