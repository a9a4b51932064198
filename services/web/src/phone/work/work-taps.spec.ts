import { withProgress } from './work-overlay';
import { bracket } from './work-item.fixtures';
import { isDone, nextStepOf, progressInputFor, reportCommand } from './work-taps';

const at = '2026-11-21T09:15:00.000Z';

describe('a tap on a work item becomes one report', () => {
  it('starts the next own operation, restating the counts and ETA so they are not reset', () => {
    const item = bracket({ qtyGood: 3, qtyScrap: 1, eta: '2027-02-27' });
    expect(progressInputFor(item, { kind: 'start' }, at)).toEqual({ status: 'in_progress', operation: 10, qtyGood: 3, qtyScrap: 1, eta: '2027-02-27', occurredAt: at });
  });

  it('finishes the operation in progress, and then the next one is the workshop’s next own operation', () => {
    const started = withProgress(bracket(), progressInputFor(bracket(), { kind: 'start' }, at));
    expect(nextStepOf(started)).toEqual({ kind: 'finish', opNo: 10 });
    const input = progressInputFor(started, { kind: 'finish' }, at);
    expect(input).toEqual({ status: 'completed', operation: 10, qtyGood: 0, qtyScrap: 0, occurredAt: at });
    const finished = withProgress(started, input);
    expect(finished.operations.map((operation) => [operation.opNo, operation.completedAt])).toEqual([
      [10, at],
      [30, null],
    ]);
    expect(nextStepOf(finished)).toEqual({ kind: 'start', opNo: 30 });
  });

  it('enters new cumulative counts with the status and operation the item has', () => {
    const started = bracket({ status: 'in_progress', qtyGood: 5 });
    expect(progressInputFor(started, { kind: 'counts', qtyGood: 18, qtyScrap: 2 }, at)).toEqual({ status: 'in_progress', operation: 10, qtyGood: 18, qtyScrap: 2, occurredAt: at });
    const late = bracket({ status: 'delayed', delayReason: 'machine', eta: '2027-03-04' });
    expect(progressInputFor(late, { kind: 'counts', qtyGood: 1, qtyScrap: 0 }, at)).toMatchObject({ status: 'delayed', delayReasonCode: 'machine', eta: '2027-03-04', qtyGood: 1 });
  });

  it('does not record the previous operation’s completion again when counts are entered between operations', () => {
    const between = bracket({ status: 'completed', operations: [{ opNo: 10, process: 'milling', completedAt: at }, { opNo: 30, process: 'inspection', completedAt: null }] });
    const betweenItem = { ...between, nextOperation: between.operations[1] ?? null };
    expect(progressInputFor(betweenItem, { kind: 'counts', qtyGood: 19, qtyScrap: 1 }, at)).toEqual({ status: 'not_started', operation: 30, qtyGood: 19, qtyScrap: 1, occurredAt: at });
  });

  it('reports a delay on the next operation with its reason and new date', () => {
    const item = bracket({ status: 'in_progress', qtyGood: 7, qtyScrap: 1 });
    expect(progressInputFor(item, { kind: 'delay', reason: 'material', eta: '2027-03-10', note: '鋳物待ち' }, at)).toEqual({
      status: 'delayed',
      operation: 10,
      delayReasonCode: 'material',
      eta: '2027-03-10',
      note: '鋳物待ち',
      qtyGood: 7,
      qtyScrap: 1,
      occurredAt: at,
    });
  });

  it('reports on milestones for a line without own operations', () => {
    const item = bracket({ operations: [], nextOperation: null });
    expect(progressInputFor(item, { kind: 'start' }, at)).toMatchObject({ status: 'in_progress', milestone: 'started' });
    expect(progressInputFor(item, { kind: 'finish' }, at)).toMatchObject({ status: 'completed', milestone: 'finished' });
    expect(progressInputFor(item, { kind: 'counts', qtyGood: 2, qtyScrap: 0 }, at)).not.toHaveProperty('milestone');
    expect(isDone(withProgress(item, progressInputFor(item, { kind: 'finish' }, at)))).toBe(true);
  });

  it('is done once the last own operation is finished', () => {
    const last = bracket({ status: 'in_progress', operations: [{ opNo: 10, process: 'milling', completedAt: at }, { opNo: 30, process: 'inspection', completedAt: null }] });
    const item = { ...last, nextOperation: last.operations[1] ?? null };
    const command = reportCommand(item, { kind: 'finish' }, at);
    expect(command).toMatchObject({ type: 'report-progress', poId: 'PO-1', lineNo: 1, tap: 'finish', input: { status: 'completed', operation: 30 } });
    expect(command.type === 'report-progress' && nextStepOf(withProgress(item, command.input))).toEqual({ kind: 'done' });
  });
});
