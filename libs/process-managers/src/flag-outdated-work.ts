import { bomStreamId, type BomEvent } from '@renkei/bom-exchange';
import { WORK_PROGRESS_EVENT_SCHEMA_VERSIONS, type EngineeringChangeNotifiedV1, type EventEnvelope, type WorkCompletedV1, type WorkItemOpenedV1 } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';
import { evolveCustomerOrder, initialCustomerOrder, orderStreamId, type CustomerOrder, type OrdersEvent } from '@renkei/orders';
import { workItemDecider, workItemStreamId, type FlagOutdatedRevision } from '@renkei/work-progress';
import { foldStream } from './fold-stream';
import { bomHistoryOf, changedNodesConcerning, outdatingChanges, type BomHistory, type Outdating } from './outdated-work';
import type { ProcessManager } from './process-manager';
import { sendCommand } from './send-command';
import type { IndexedWorkItem, WorkItemIndex } from './work-item-index';

const NAME = 'flag-outdated-work';

/**
 * A BOM change flags the open work it makes outdated (see `changedNodesConcerning`). Work items
 * name no product, so the manager keeps its own index of open items, fed by their openings
 * (product from the customer order) and emptied by their completion.
 */
export function flagOutdatedWork<ReadSide>(index: WorkItemIndex<ReadSide>): ProcessManager<ReadSide> {
  return {
    name: NAME,
    handles: ['WorkItemOpened', 'WorkCompleted', 'EngineeringChangeNotified'],
    async react(event: EventEnvelope, store: EventStore, readSide: ReadSide): Promise<void> {
      if (event.type === 'WorkItemOpened') {
        const item = await indexed(store, event.data as unknown as WorkItemOpenedV1);
        await index.remember(readSide, item);
        // Changes already published when the item opened are not delivered again: catch up with them now.
        const bom = await bomOf(store, item.productId);
        const outdating = outdatingChanges(item, bom);
        if (outdating !== null) await flag(store, event, item, outdating, bom);
      } else if (event.type === 'WorkCompleted') {
        const { poId, lineNo } = event.data as unknown as WorkCompletedV1;
        await index.forget(readSide, poId, lineNo);
      } else if (event.type === 'EngineeringChangeNotified') {
        const change = event.data as unknown as EngineeringChangeNotifiedV1;
        const items = await index.openItemsBelow(readSide, change.productId, change.toRevision);
        if (items.length === 0) return;
        const bom = await bomOf(store, change.productId);
        for (const item of items) {
          const changedNodeIds = changedNodesConcerning(item, change, bom);
          if (changedNodeIds.length > 0) await flag(store, event, item, { currentRevision: change.toRevision, changedNodeIds }, bom);
        }
      }
    },
  };
}

async function indexed(store: EventStore, opened: WorkItemOpenedV1): Promise<IndexedWorkItem> {
  const customerOrder = await foldStream<CustomerOrder, OrdersEvent>(store, orderStreamId(opened.customerOrderId), evolveCustomerOrder, initialCustomerOrder);
  if (customerOrder.status !== 'Open' && customerOrder.status !== 'Closed') {
    // Work is opened only for purchase orders of an existing customer order: a missing one is corruption, said loudly.
    throw new Error(`work item ${opened.poId}/${opened.lineNo} names customer order ${opened.customerOrderId}, which does not exist`);
  }
  return {
    poId: opened.poId,
    lineNo: opened.lineNo,
    productId: customerOrder.order.bomProductId,
    bomNodeId: opened.bomNodeId,
    bomRevision: opened.bomRevision,
    workshopIds: [...new Set([opened.supplierId, ...opened.operations.map((operation) => operation.workshopId)])],
  };
}

async function bomOf(store: EventStore, productId: string): Promise<BomHistory> {
  const history = await store.readStream(bomStreamId(productId));
  return bomHistoryOf(history.map((recorded) => ({ type: recorded.type, data: recorded.data }) as unknown as BomEvent));
}

async function flag(store: EventStore, trigger: EventEnvelope, item: IndexedWorkItem, outdating: Outdating, bom: BomHistory): Promise<void> {
  if (bom.owner === null) throw new Error(`BOM of ${item.productId} notified a change but was never published: corrupt stream`);
  const command: FlagOutdatedRevision = {
    type: 'FlagOutdatedRevision',
    data: { poId: item.poId, lineNo: item.lineNo, productId: item.productId, currentRevision: outdating.currentRevision, changedNodeIds: outdating.changedNodeIds },
    metadata: { actor: { companyId: bom.owner, role: 'lead' }, now: trigger.recordedAt },
  };
  await sendCommand(store, workItemStreamId(item.poId, item.lineNo), workItemDecider, command, {
    manager: NAME,
    trigger,
    part: `${item.poId}/${item.lineNo}`,
    companyId: bom.owner,
    schemaVersions: WORK_PROGRESS_EVENT_SCHEMA_VERSIONS,
  });
}
