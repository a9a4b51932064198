import type { EventEnvelope } from '@renkei/contracts';
import { evolveWorkItemRow } from './work-item-row';

const reported = (revision: bigint, occurredAt: string, status: string): EventEnvelope => ({
  id: `00000000-0000-4000-8000-00000000000${revision}`,
  type: 'ProgressReported',
  streamId: 'work-PO-1-1',
  revision,
  logPosition: `10-${revision}`,
  schemaVersion: 1,
  recordedAt: new Date('2026-11-20T10:00:00Z'),
  data: { poId: 'PO-1', lineNo: 1, status, qtyGood: 5, qtyScrap: 0, eta: null, note: null, occurredAt, reportedBy: 'ws-1' },
  metadata: {},
});

describe('work item projection', () => {
  it('shows the latest report', () => {
    const row = [reported(0n, '2026-11-20T08:00:00Z', 'in_progress'), reported(1n, '2026-11-20T09:00:00Z', 'completed')].reduce(evolveWorkItemRow, null);
    expect(row).toMatchObject({ status: 'completed', lastRevision: 1 });
  });

  it('ignores a revision it has already applied', () => {
    const once = evolveWorkItemRow(null, reported(0n, '2026-11-20T08:00:00Z', 'in_progress'));
    expect(evolveWorkItemRow(once, reported(0n, '2026-11-20T08:00:00Z', 'completed'))).toBe(once);
  });

  it('an opened item shows its parties and not_started until the supplier reports; reports keep the parties', () => {
    const opened: EventEnvelope = {
      ...reported(0n, '2026-11-20T07:00:00Z', 'in_progress'),
      type: 'WorkItemOpened',
      data: {
        poId: 'PO-1', lineNo: 1, buyerId: 'lead-1', supplierId: 'ws-1', customerOrderId: 'CO-1', partNumber: 'PN-1', bomNodeId: 'N', bomRevision: 1,
        quantity: 10, dueDate: '2026-12-01', operations: [], openedBy: 'lead-1', openedAt: '2026-11-20T07:00:00Z',
      },
    };
    const justOpened = evolveWorkItemRow(null, opened);
    expect(justOpened).toMatchObject({ status: 'not_started', reportedBy: null, buyerId: 'lead-1', supplierId: 'ws-1', customerOrderId: 'CO-1', quantity: 10 });
    expect(evolveWorkItemRow(justOpened, reported(1n, '2026-11-20T08:00:00Z', 'in_progress'))).toMatchObject({ status: 'in_progress', buyerId: 'lead-1', reportedBy: 'ws-1' });
  });

  it('shows the BOM revision that made an opened item outdated, the newest one winning, and keeps it through reports', () => {
    const opened: EventEnvelope = {
      ...reported(0n, '2026-11-20T07:00:00Z', 'in_progress'),
      type: 'WorkItemOpened',
      data: {
        poId: 'PO-1', lineNo: 1, buyerId: 'lead-1', supplierId: 'ws-1', customerOrderId: 'CO-1', partNumber: 'PN-1', bomNodeId: 'N', bomRevision: 1,
        quantity: 10, dueDate: '2026-12-01', operations: [], openedBy: 'lead-1', openedAt: '2026-11-20T07:00:00Z',
      },
    };
    const flagged = (revision: bigint, currentRevision: number): EventEnvelope => ({
      ...reported(revision, '2026-11-20T07:00:00Z', 'in_progress'),
      type: 'WorkItemFlagged',
      data: {
        poId: 'PO-1', lineNo: 1, productId: 'PUMP', bomNodeId: 'N', bomRevision: 1, currentRevision, changedNodeIds: ['N'],
        flaggedBy: 'lead-1', flaggedAt: '2026-11-21T07:00:00Z',
      },
    });
    const justOpened = evolveWorkItemRow(null, opened);
    expect(justOpened).toMatchObject({ outdatedRevision: null });
    const outdated = evolveWorkItemRow(justOpened, flagged(1n, 3));
    expect(outdated).toMatchObject({ status: 'not_started', outdatedRevision: 3, lastRevision: 1 });
    expect(evolveWorkItemRow(outdated, flagged(2n, 2))).toMatchObject({ outdatedRevision: 3, lastRevision: 2 });
    expect(evolveWorkItemRow(outdated, flagged(1n, 4))).toBe(outdated); // already applied
    expect(evolveWorkItemRow(outdated, reported(2n, '2026-11-22T08:00:00Z', 'in_progress'))).toMatchObject({ status: 'in_progress', outdatedRevision: 3 });
  });

  it('a report on an item never opened shows no outdated revision', () => {
    expect(evolveWorkItemRow(null, reported(0n, '2026-11-20T08:00:00Z', 'in_progress'))).toMatchObject({ outdatedRevision: null });
  });

  it('does not let a late report of an earlier moment overwrite newer state', () => {
    const row = [reported(0n, '2026-11-20T09:00:00Z', 'completed'), reported(1n, '2026-11-20T08:00:00Z', 'in_progress')].reduce(evolveWorkItemRow, null);
    expect(row).toMatchObject({ status: 'completed', lastRevision: 1 });
  });
});

describe('work item projection: reports before the opening', () => {
  const opening = (revision: bigint): EventEnvelope => ({
    id: `00000000-0000-4000-8000-0000000000${revision}9`,
    type: 'WorkItemOpened',
    streamId: 'work-PO-1-1',
    revision,
    logPosition: `10-${revision}`,
    schemaVersion: 1,
    recordedAt: new Date('2026-11-20T10:00:00Z'),
    data: {
      poId: 'PO-1', lineNo: 1, buyerId: 'lead-1', supplierId: 'ws-1', customerOrderId: 'CO-1', partNumber: 'PN-1', bomNodeId: 'N', bomRevision: 1,
      quantity: 10, dueDate: '2026-12-01', operations: [], openedBy: 'lead-1', openedAt: '2026-11-20T10:00:00Z',
    },
    metadata: {},
  });
  const forged: EventEnvelope = {
    id: '00000000-0000-4000-8000-000000000abc',
    type: 'ProgressReported',
    streamId: 'work-PO-1-1',
    revision: 0n,
    logPosition: '10-0',
    schemaVersion: 1,
    recordedAt: new Date('2026-11-20T09:00:00Z'),
    data: { poId: 'PO-1', lineNo: 1, status: 'completed', qtyGood: 10, qtyScrap: 0, eta: null, note: null, occurredAt: '2026-11-20T09:00:00Z', reportedBy: 'ws-intruder' },
    metadata: {},
  };

  it('does not show another workshop’s report once the line opens for its supplier', () => {
    const row = [forged, opening(1n)].reduce(evolveWorkItemRow, null);
    expect(row).toMatchObject({ status: 'not_started', qtyGood: 0, reportedBy: null, supplierId: 'ws-1' });
  });

  it('keeps the supplier’s own early report', () => {
    const early = { ...forged, data: { ...forged.data, reportedBy: 'ws-1', status: 'in_progress' } };
    expect([early, opening(1n)].reduce(evolveWorkItemRow, null)).toMatchObject({ status: 'in_progress', reportedBy: 'ws-1', supplierId: 'ws-1' });
  });
});

describe('work item projection: the supplier’s part of the work', () => {
  const at = (revision: bigint, type: string, data: Record<string, unknown>): EventEnvelope => ({
    id: `00000000-0000-4000-8000-0000000001${String(revision).padStart(2, '0')}`,
    type,
    streamId: 'work-PO-2-1',
    revision,
    logPosition: `20-${revision}`,
    schemaVersion: 1,
    recordedAt: new Date('2026-11-20T10:00:00Z'),
    data: { poId: 'PO-2', lineNo: 1, ...data } as EventEnvelope['data'],
    metadata: {},
  });
  const opened = at(0n, 'WorkItemOpened', {
    buyerId: 'lead-1', supplierId: 'ws-1', customerOrderId: 'CO-1', partNumber: 'PN-1', bomNodeId: 'N', bomRevision: 2, quantity: 10, dueDate: '2026-12-01',
    operations: [{ opNo: 10, process: 'milling', workshopId: 'ws-1' }, { opNo: 20, process: 'plating', workshopId: 'ws-2' }, { opNo: 30, process: 'inspection', workshopId: 'ws-1' }],
    openedBy: 'lead-1', openedAt: '2026-11-20T07:00:00Z',
  });
  const report = (revision: bigint, opNo: number, occurredAt: string) =>
    at(revision, 'ProgressReported', { status: 'completed', qtyGood: 10, qtyScrap: 0, eta: null, note: null, occurredAt, reportedBy: 'ws-1', operation: opNo, milestone: null, percent: null, delayReasonCode: null });
  const operationDone = (revision: bigint, opNo: number, occurredAt: string) => at(revision, 'OperationCompleted', { opNo, qtyGood: 10, qtyScrap: 0, occurredAt, reportedBy: 'ws-1' });

  it('keeps the BOM revision the item was opened on, to find its node', () => {
    expect(evolveWorkItemRow(null, opened)).toMatchObject({ bomRevision: 2, bomNodeId: 'N', finished: false });
  });

  it('is not finished when op 10 of the supplier’s 10 and 30 is reported completed; it is once the work completes', () => {
    const afterTen = [opened, report(1n, 10, '2026-11-21T08:00:00Z'), operationDone(2n, 10, '2026-11-21T08:00:00Z')].reduce(evolveWorkItemRow, null);
    expect(afterTen).toMatchObject({ status: 'completed', finished: false, completedOperations: [{ opNo: 10, at: '2026-11-21T08:00:00Z' }] });
    const done = [report(3n, 30, '2026-11-22T08:00:00Z'), operationDone(4n, 30, '2026-11-22T08:00:00Z'), at(5n, 'WorkCompleted', { qtyGood: 10, qtyScrap: 0, occurredAt: '2026-11-22T08:00:00Z', reportedBy: 'ws-1' })].reduce(
      evolveWorkItemRow,
      afterTen,
    );
    expect(done).toMatchObject({ finished: true, completedAt: '2026-11-22T08:00:00Z' });
  });

  it('a report before any purchase order is finished when it says completed', () => {
    expect(evolveWorkItemRow(null, reported(0n, '2026-11-20T08:00:00Z', 'in_progress'))).toMatchObject({ finished: false, bomRevision: null });
    expect(evolveWorkItemRow(null, reported(0n, '2026-11-20T08:00:00Z', 'completed'))).toMatchObject({ finished: true });
  });
});
