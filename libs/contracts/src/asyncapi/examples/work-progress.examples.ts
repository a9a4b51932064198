// Example work-progress events for the AsyncAPI document, with the values of the repo's own fixtures
// (libs/work-progress work-item fixtures). Typed as the contract's data map, so a work-progress
// event type without an example does not compile; v1 of ProgressReported is kept for replays.
import { WORK_PROGRESS_EVENT_SCHEMA_VERSIONS, type ProgressReportedV1, type WorkProgressEventData, type WorkProgressEventType } from '../../work-progress';
import type { ContextExamples } from './message-example';

const poId = 'PO-1';
const lineNo = 1;
const okada = 'okada-seiki';
const at = '2026-11-20T10:00:00.000Z';

const reportedV1: ProgressReportedV1 = { poId, lineNo, status: 'in_progress', qtyGood: 40, qtyScrap: 1, eta: null, note: null, occurredAt: at, reportedBy: okada };

const DATA: WorkProgressEventData = {
  WorkItemOpened: {
    poId,
    lineNo,
    buyerId: 'kanto-lead',
    supplierId: okada,
    customerOrderId: 'CO-1',
    partNumber: 'BRK-100',
    bomNodeId: 'n-12',
    bomRevision: 3,
    quantity: 100,
    dueDate: '2026-12-01',
    operations: [
      { opNo: 10, process: 'machining', workshopId: okada },
      { opNo: 20, process: 'deburring', workshopId: okada },
      { opNo: 30, process: 'plating', workshopId: 'mori-plating' },
      { opNo: 40, process: 'inspection', workshopId: okada },
    ],
    openedBy: 'kanto-lead',
    openedAt: '2026-11-19T09:00:00.000Z',
  },
  ProgressReported: { ...reportedV1, status: 'delayed', eta: '2026-12-04', operation: 20, milestone: null, percent: 60, delayReasonCode: 'material' },
  OperationCompleted: { poId, lineNo, opNo: 20, qtyGood: 98, qtyScrap: 2, occurredAt: at, reportedBy: okada },
  DelayReported: { poId, lineNo, opNo: 20, reasonCode: 'material', newEta: '2026-12-04', note: 'bar stock arrives 11/28', occurredAt: at, reportedBy: okada },
  WorkBlocked: { poId, lineNo, opNo: 20, reasonCode: 'machine', note: 'spindle failure', occurredAt: at, reportedBy: okada },
  WorkCompleted: { poId, lineNo, qtyGood: 98, qtyScrap: 2, occurredAt: at, reportedBy: okada },
  HandoffReady: { poId, lineNo, partNumber: 'BRK-100', opNo: 20, nextOpNo: 30, nextWorkshopId: 'mori-plating', qty: 98, expectedAt: '2026-11-21', occurredAt: at, reportedBy: okada },
  WorkItemFlagged: {
    poId,
    lineNo,
    productId: 'PUMP',
    bomNodeId: 'n-12',
    bomRevision: 3,
    currentRevision: 4,
    changedNodeIds: ['n-12'],
    flaggedBy: 'kanto-lead',
    flaggedAt: at,
  },
};

const streamId = `work-${poId}-${lineNo}`;

export const WORK_PROGRESS_EXAMPLES: ContextExamples = {
  ...Object.fromEntries(Object.entries(DATA).map(([type, data]) => [`${type}.v${WORK_PROGRESS_EVENT_SCHEMA_VERSIONS[type as WorkProgressEventType]}`, { streamId, data }])),
  'ProgressReported.v1': { streamId, data: reportedV1 },
};
