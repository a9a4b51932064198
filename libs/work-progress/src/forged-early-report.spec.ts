import { evolve, initialWorkItem } from './work-item';
import type { WorkProgressEvent } from './work-progress-events';

const opened: WorkProgressEvent = {
  type: 'WorkItemOpened',
  data: {
    poId: 'PO-1', lineNo: 1, buyerId: 'lead-1', supplierId: 'ws-a', customerOrderId: 'CO-1', partNumber: 'PN-1', bomNodeId: 'N', bomRevision: 1,
    quantity: 10, dueDate: '2026-12-01', operations: [], openedBy: 'lead-1', openedAt: '2026-11-20T10:00:00.000Z',
  },
} as WorkProgressEvent;
const reportBy = (reportedBy: string): WorkProgressEvent =>
  ({
    type: 'ProgressReported',
    data: {
      poId: 'PO-1', lineNo: 1, status: 'completed', qtyGood: 10, qtyScrap: 0, eta: null, note: null, occurredAt: '2026-11-20T09:00:00.000Z', reportedBy,
      operation: null, milestone: null, percent: null, delayReasonCode: null,
    },
  }) as WorkProgressEvent;

describe('work item: reports made before the line was opened', () => {
  it('sets aside another workshop’s report when the line opens for its supplier', () => {
    expect([reportBy('ws-c'), opened].reduce(evolve, initialWorkItem)).toMatchObject({ status: 'Open', latest: null, reports: 0 });
  });

  it('keeps the supplier’s own early report', () => {
    expect([reportBy('ws-a'), opened].reduce(evolve, initialWorkItem)).toMatchObject({ status: 'Open', latest: { reportedBy: 'ws-a' }, reports: 1 });
  });
});
