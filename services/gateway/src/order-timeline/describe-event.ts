/** One line a person reads in an order's timeline. Never a price: the timeline is shared along the chain. */
export function describeEvent(type: string, data: Record<string, unknown>): string {
  const text = (key: string) => (typeof data[key] === 'string' || typeof data[key] === 'number' ? String(data[key]) : '?');
  const lines = Array.isArray(data['lines']) ? data['lines'].length : 0;
  switch (type) {
    case 'CustomerOrderPlaced':
      return `order placed by ${text('ownerId')}: ${lines} line(s) of ${text('bomProductId')} rev ${text('bomRevision')}`;
    case 'CustomerOrderClosed':
      return `order closed by ${text('closedBy')}`;
    case 'PurchaseOrderIssued':
      return `${text('buyerId')} ordered ${lines} line(s) from ${text('supplierId')} (tier ${text('tier')})`;
    case 'OrderAccepted':
      return `${text('acceptedBy')} accepted the order`;
    case 'OrderRejected':
      return `${text('rejectedBy')} rejected the order: ${text('reason')}`;
    case 'OrderAcceptedWithChanges':
      return `${text('acceptedBy')} accepted with changes`;
    case 'ProposedChangesAccepted':
      return `${text('acceptedBy')} agreed to the proposed changes`;
    case 'ProposedChangesRejected':
      return `${text('rejectedBy')} refused the proposed changes`;
    case 'ChangeRequested':
      return `${text('requestedBy')} requested a change: ${text('reason')}`;
    case 'ChangeAccepted':
      return `${text('acceptedBy')} accepted change ${text('changeId')}`;
    case 'ChangeRejected':
      return `${text('rejectedBy')} rejected change ${text('changeId')}`;
    case 'ShipmentNotified':
      return `${text('shippedBy')} shipped ${text('shipmentId')}`;
    case 'GoodsReceived':
      return `${text('receivedBy')} received ${text('shipmentId')}`;
    case 'OrderCancelled':
      return `${text('cancelledBy')} cancelled the order: ${text('reason')}`;
    case 'PurchaseOrderClosed':
      return 'purchase order closed: everything received';
    case 'WorkItemOpened':
      return `work opened for ${text('supplierId')}: ${text('quantity')} × ${text('partNumber')}, due ${text('dueDate')}`;
    case 'ProgressReported':
      return `${text('reportedBy')} reported ${text('status')}: ${text('qtyGood')} good, ${text('qtyScrap')} scrap${data['eta'] ? `, ETA ${text('eta')}` : ''}`;
    case 'OperationCompleted':
      return `${text('reportedBy')} finished operation ${text('opNo')}`;
    case 'DelayReported':
      return `${text('reportedBy')} reported a delay (${text('reasonCode')})${data['newEta'] ? `, new ETA ${text('newEta')}` : ''}`;
    case 'WorkBlocked':
      return `${text('reportedBy')} is blocked (${text('reasonCode')})`;
    case 'WorkCompleted':
      return `${text('reportedBy')} completed the work: ${text('qtyGood')} good`;
    case 'HandoffReady':
      return `${text('reportedBy')} hands ${text('qty')} over to ${text('nextWorkshopId')} for operation ${text('nextOpNo')}`;
    case 'WorkItemFlagged':
      return `BOM revision ${text('currentRevision')} changed what this item makes`;
    default:
      return type;
  }
}
