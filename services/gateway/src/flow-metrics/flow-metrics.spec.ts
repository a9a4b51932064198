import type { TimelineEventRow } from '../read-models/timeline/timeline-rows';
import { flowMetrics } from './flow-metrics';

let position = 0;
const event = (type: string, data: Record<string, unknown>): TimelineEventRow => ({
  eventId: `e-${(position += 1)}`, customerOrderId: 'CO', logCommit: String(position), logPrepare: '0', streamId: 'work-PO-1', revision: position, type,
  schemaVersion: 2, recordedAt: '2026-11-20T00:00:00Z', subject: 'work_item', poId: 'PO', lineNo: 1, data,
});
const opened = event('WorkItemOpened', {
  bomNodeId: 'N', supplierId: 'A', openedAt: '2026-11-20T08:00:00Z',
  operations: [{ opNo: 10, workshopId: 'A' }, { opNo: 20, workshopId: 'A' }, { opNo: 30, workshopId: 'B' }],
});
const report = (operation: number, occurredAt: string) => event('ProgressReported', { operation, occurredAt });
const done = (opNo: number, occurredAt: string) => event('OperationCompleted', { opNo, occurredAt });

describe('flow metrics', () => {
  it('splits each own operation into waiting before it and working on it; another workshop’s operations are theirs', () => {
    const flow = flowMetrics([opened, report(10, '2026-11-20T10:00:00Z'), done(10, '2026-11-20T14:00:00Z'), report(20, '2026-11-21T08:00:00Z'), done(20, '2026-11-21T10:00:00Z')], new Date('2026-11-25T00:00:00Z'));
    expect(flow.nodes[0]?.operations).toEqual([
      { opNo: 10, startedAt: '2026-11-20T10:00:00Z', completedAt: '2026-11-20T14:00:00Z', waitingHours: 2, workingHours: 4 },
      { opNo: 20, startedAt: '2026-11-21T08:00:00Z', completedAt: '2026-11-21T10:00:00Z', waitingHours: 18, workingHours: 2 },
    ]);
    expect(flow).toMatchObject({ workingHours: 6, waitingHours: 20 });
  });

  it('counts an operation not yet started as waiting up to now: that is where the flow stands', () => {
    const flow = flowMetrics([opened, done(10, '2026-11-20T12:00:00Z')], new Date('2026-11-21T12:00:00Z'));
    expect(flow.nodes[0]?.operations).toEqual([
      { opNo: 10, startedAt: '2026-11-20T08:00:00Z', completedAt: '2026-11-20T12:00:00Z', waitingHours: 0, workingHours: 4 },
      { opNo: 20, startedAt: null, completedAt: null, waitingHours: 24, workingHours: 0 },
    ]);
  });
});
