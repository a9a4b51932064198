import { bomStreamId, evolve as evolveBom, initialProductBom, type BomEvent } from '@renkei/bom-exchange';
import { WORK_PROGRESS_EVENT_SCHEMA_VERSIONS, type EventEnvelope } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';
import {
  evolveCustomerOrder,
  evolvePurchaseOrder,
  initialCustomerOrder,
  initialPurchaseOrder,
  orderStreamId,
  type OrdersEvent,
} from '@renkei/orders';
import { decide, evolve, initialWorkItem, workItemStreamId, type OpenWorkItem } from '@renkei/work-progress';
import { foldStream } from './fold-stream';
import type { ProcessManager } from './process-manager';
import { sendCommand } from './send-command';

const workItems = { decide, evolve, initialState: initialWorkItem };

/**
 * A purchase order the supplier accepted (as issued, or after the buyer agreed to
 * its changes) becomes one work item per line, carrying the routing of the line's
 * BOM node so the work item knows its own operations and who does the next one.
 * It keeps no index: everything it reads is in the order's stream and the streams it names.
 */
export const openWorkItems: ProcessManager = {
  name: 'open-work-items',
  handles: ['OrderAccepted', 'ProposedChangesAccepted'],
  async react(event: EventEnvelope, store: EventStore): Promise<void> {
    const purchaseOrder = await foldStream(store, event.streamId, evolvePurchaseOrder, initialPurchaseOrder);
    if (purchaseOrder.status !== 'Accepted') return; // a later event already moved it on; nothing to open now
    const customerOrder = await foldStream<typeof initialCustomerOrder, OrdersEvent>(
      store,
      orderStreamId(purchaseOrder.customerOrderId),
      evolveCustomerOrder,
      initialCustomerOrder,
    );
    if (customerOrder.status === 'None' || customerOrder.status === 'OtherKind') {
      // The orders service checks this link when the order is issued; a missing one is corruption, said loudly.
      throw new Error(`purchase order ${purchaseOrder.orderId} names customer order ${purchaseOrder.customerOrderId}, which does not exist`);
    }
    const bom = await foldStream<typeof initialProductBom, BomEvent>(store, bomStreamId(customerOrder.order.bomProductId), evolveBom, initialProductBom);
    // The routing comes from the BOM as published now; a BOM not published yet just means no operations to route.
    const nodes = bom.status === 'Published' ? bom.nodes : [];
    for (const line of purchaseOrder.lines) {
      const node = nodes.find((candidate) => candidate.nodeId === line.bomNodeId);
      const command: OpenWorkItem = {
        type: 'OpenWorkItem',
        data: {
          poId: purchaseOrder.orderId,
          lineNo: line.lineNo,
          buyerId: purchaseOrder.buyerId,
          supplierId: purchaseOrder.supplierId,
          customerOrderId: purchaseOrder.customerOrderId,
          partNumber: line.partNumber,
          bomNodeId: line.bomNodeId,
          bomRevision: customerOrder.order.bomRevision,
          quantity: line.quantity,
          dueDate: line.dueDate,
          // A bought part, or a node the BOM does not (yet) hold: no operations to route.
          operations: node?.routing.map(({ opNo, process, workshopId }) => ({ opNo, process, workshopId })) ?? [],
        },
        metadata: { actor: { companyId: purchaseOrder.buyerId, role: 'lead' }, now: event.recordedAt },
      };
      await sendCommand(store, workItemStreamId(purchaseOrder.orderId, line.lineNo), workItems, command, {
        manager: openWorkItems.name,
        trigger: event,
        part: String(line.lineNo),
        companyId: purchaseOrder.buyerId,
        schemaVersions: WORK_PROGRESS_EVENT_SCHEMA_VERSIONS,
      });
    }
  },
};
