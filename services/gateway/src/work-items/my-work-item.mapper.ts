import { ownWorkOf, type OwnOperation } from '../read-models/work-items/own-work';
import type { MyOperationModel, MyWorkItemModel } from './my-work-item.model';
import type { ListedWorkItem } from './my-work-items.query';

/** The item as its workshop's phone page shows it: fields picked by name, and only `workshopId`'s own operations. */
export function toMyWorkItemModel(item: ListedWorkItem, workshopId: string): MyWorkItemModel {
  const own = ownWorkOf(item, workshopId);
  return {
    poId: item.poId,
    lineNo: item.lineNo,
    partNumber: item.partNumber,
    description: item.description,
    quantity: item.quantity,
    qtyGood: item.qtyGood,
    qtyScrap: item.qtyScrap,
    percent: item.percent,
    dueDate: item.dueDate,
    eta: item.eta,
    status: item.status,
    delayReason: item.delayReason,
    operations: own.operations.map(toOperation),
    nextOperation: own.next === null ? null : toOperation(own.next),
    outdatedRevision: item.outdatedRevision,
    buyerId: item.buyerId,
    updatedAt: new Date(item.updatedAt),
  };
}

function toOperation(operation: OwnOperation): MyOperationModel {
  return { opNo: operation.opNo, process: operation.process, completedAt: operation.completedAt === null ? null : new Date(operation.completedAt) };
}
