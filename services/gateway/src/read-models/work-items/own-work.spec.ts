import { ownWorkOf, type WorkItemProgress } from './own-work';

// Op 10 and 30 are A's, op 20 (plating) is B's.
const routing = [
  { opNo: 10, process: 'milling', workshopId: 'ws-a' },
  { opNo: 20, process: 'plating', workshopId: 'ws-b' },
  { opNo: 30, process: 'inspection', workshopId: 'ws-a' },
];
const item = (change: Partial<WorkItemProgress> = {}): WorkItemProgress => ({ operations: routing, completedOperations: [], status: 'not_started', completedAt: null, ...change });

describe('ownWorkOf', () => {
  it('lists only the workshop’s own operations, in routing order, the first of them next', () => {
    const own = ownWorkOf(item(), 'ws-a');
    expect(own.operations).toEqual([
      { opNo: 10, process: 'milling', completedAt: null },
      { opNo: 30, process: 'inspection', completedAt: null },
    ]);
    expect(own.next).toEqual({ opNo: 10, process: 'milling', completedAt: null });
    expect(own.finished).toBe(false);
  });

  it('skips another workshop’s operation: after op 10, op 30 is next, and a report of completed on op 10 leaves the work open', () => {
    const own = ownWorkOf(item({ status: 'completed', completedOperations: [{ opNo: 10, at: '2026-11-21T08:00:00Z' }] }), 'ws-a');
    expect(own.operations[0]).toEqual({ opNo: 10, process: 'milling', completedAt: '2026-11-21T08:00:00Z' });
    expect(own.next?.opNo).toBe(30);
    expect(own.finished).toBe(false);
  });

  it('is finished once the work is completed, whatever operation was reported', () => {
    const own = ownWorkOf(item({ status: 'in_progress', completedAt: '2026-11-22T08:00:00Z' }), 'ws-a');
    expect(own).toMatchObject({ next: null, finished: true });
  });

  it('is finished when the last report says completed and none of its operations is left', () => {
    const done = [{ opNo: 10, at: '2026-11-21T08:00:00Z' }, { opNo: 30, at: '2026-11-22T08:00:00Z' }];
    expect(ownWorkOf(item({ status: 'completed', completedOperations: done }), 'ws-a')).toMatchObject({ next: null, finished: true });
    expect(ownWorkOf(item({ status: 'in_progress', completedOperations: done }), 'ws-a')).toMatchObject({ next: null, finished: false });
  });

  it('work reported before any purchase order has no routing: finished when reported completed', () => {
    expect(ownWorkOf(item({ operations: [], status: 'in_progress' }), 'ws-a')).toEqual({ operations: [], next: null, finished: false });
    expect(ownWorkOf(item({ operations: [], status: 'completed' }), 'ws-a')).toEqual({ operations: [], next: null, finished: true });
  });

  it('gives nobody else’s operations to a workshop not on the routing, nor to no workshop', () => {
    expect(ownWorkOf(item(), 'ws-c').operations).toEqual([]);
    expect(ownWorkOf(item(), null).operations).toEqual([]);
  });
});
