import { deciderSpecification } from '@renkei/testing';
import { workItemDecider } from './work-item';
import { AT, LEAD, MORI, OKADA, OPENING, open, opened, report, reported, stateAfter, stateOnceDecided } from './work-item.fixtures';

const spec = deciderSpecification(workItemDecider);

describe('work item: OpenWorkItem', () => {
  it('opens the work of an acknowledged purchase order line with its routing', () => {
    spec.given([]).when(open()).then([{ type: 'WorkItemOpened', data: { ...OPENING, openedBy: LEAD, openedAt: AT } }]);
    expect(stateOnceDecided([], open())).toMatchObject({ status: 'Open', opened: { supplierId: OKADA, operations: OPENING.operations }, latest: null, reports: 0 });
  });

  it('lets a process manager acting in any role open it', () => {
    for (const role of ['workshop', 'integrator', 'coordinator'] as const) {
      spec.given([]).when(open({}, role)).then([{ type: 'WorkItemOpened', data: { ...OPENING, openedBy: LEAD, openedAt: AT } }]);
    }
  });

  it('records nothing when the same line is opened again (the process manager delivers at least once)', () => {
    spec.given([opened()]).when(open({ operations: OPENING.operations.map((operation) => ({ ...operation })) })).then([]);
  });

  it('refuses to open it again with other data, naming what differs', () => {
    spec.given([opened()]).when(open({ quantity: 80 })).thenThrows('WORK.ALREADY_OPEN');
    expect(() => stateOnceDecided([opened()], open({ quantity: 80, dueDate: '2026-12-08' }))).toThrow(
      expect.objectContaining({
        code: 'WORK.ALREADY_OPEN',
        fieldErrors: [
          { field: 'quantity', rule: 'differs from the work item already opened', allowed: '100' },
          { field: 'dueDate', rule: 'differs from the work item already opened', allowed: '"2026-12-01"' },
        ],
      }),
    );
  });

  it('refuses a malformed opening, naming every bad field', () => {
    const bad = open({ quantity: 0, dueDate: '1 Dec', operations: [{ opNo: 20, process: 'machining', workshopId: OKADA }, { opNo: 10, process: '', workshopId: '' }] });
    spec.given([]).when(bad).thenThrows('WORK.INVALID_INPUT');
    expect(() => stateOnceDecided([], bad)).toThrow(
      expect.objectContaining({ fieldErrors: ['quantity', 'dueDate', 'operations[1].opNo', 'operations[1].process', 'operations[1].workshopId'].map((field) => expect.objectContaining({ field })) }),
    );
  });

  it('accepts an empty routing (a bought part): the supplier then reports milestones', () => {
    spec.given([]).when(open({ operations: [] })).then([{ type: 'WorkItemOpened', data: { ...OPENING, operations: [], openedBy: LEAD, openedAt: AT } }]);
  });

  it('opens a line a workshop already reported on; from then on the supplier named by the order reports', () => {
    const early = reported({ reportedBy: MORI });
    spec.given([early]).when(open()).then([{ type: 'WorkItemOpened', data: { ...OPENING, openedBy: LEAD, openedAt: AT } }]);
    // mori's early report was not the supplier's work: set aside when the line opens for okada.
    expect(stateAfter([early, opened()])).toMatchObject({ status: 'Open', reports: 0, latest: null });
    spec.given([early, opened()]).when(report(MORI)).thenThrows('WORK.NOT_OPEN');
    spec.given([early, opened()]).when(report(OKADA)).then([reported()]);
  });
});
