import { PROGRESS_REPORTED_V1_SCHEMA, upcastProgressReported, WORK_PROGRESS_EVENT_SCHEMAS, type WorkProgressEventData, type WorkProgressEventType } from '@renkei/contracts';
import { eventsRecordedBy, schemaViolations } from '@renkei/testing';
import { flag, MORI, OKADA, open, opened, report, reported } from './work-item.fixtures';
import { workItemDecider } from './work-item';
import type { WorkProgressCommand } from './work-progress-commands';
import type { WorkProgressEvent } from './work-progress-events';

// Type level: the domain's events are exactly the published ones, each with exactly its data type,
// and each schema requires exactly the fields of its data type.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type DataOf<Type extends WorkProgressEventType> = Extract<WorkProgressEvent, { type: Type }>['data'];
type Required<Type extends WorkProgressEventType> = (typeof WORK_PROGRESS_EVENT_SCHEMAS)[Type]['required'][number];
type Contract<Type extends WorkProgressEventType> = [Equals<DataOf<Type>, WorkProgressEventData[Type]>, Equals<Required<Type>, keyof WorkProgressEventData[Type]>];
const sameTypes: Equals<WorkProgressEvent['type'], WorkProgressEventType> = true;
const contracts = {
  WorkItemOpened: [true, true],
  ProgressReported: [true, true],
  OperationCompleted: [true, true],
  DelayReported: [true, true],
  WorkBlocked: [true, true],
  WorkCompleted: [true, true],
  HandoffReady: [true, true],
  WorkItemFlagged: [true, true],
} satisfies { [Type in WorkProgressEventType]: Contract<Type> };

const run = (commands: WorkProgressCommand[], history: WorkProgressEvent[] = []) => eventsRecordedBy(workItemDecider, commands, history);

describe('work-progress events against their published schemas', () => {
  it('match the contract types (checked by the compiler)', () => {
    expect(sameTypes).toBe(true);
    expect(Object.keys(contracts).sort()).toEqual(Object.keys(WORK_PROGRESS_EVENT_SCHEMAS).sort());
  });

  it('every event type a work item’s life records is JSON-safe and fits the schema of its type', () => {
    const life = [
      ...run([
        open(),
        flag({ changedNodeIds: ['n-12', 'n-12a'] }),
        report(OKADA, { operation: 10, percent: 50, note: 'running' }),
        report(OKADA, { status: 'completed', operation: 20, qtyGood: 98, qtyScrap: 2, eta: '2026-11-23' }),
        report(OKADA, { status: 'delayed', operation: 40, delayReasonCode: 'subcontractor', eta: '2026-12-03' }),
        report(OKADA, { status: 'blocked', delayReasonCode: 'quality', note: 'gauge broken' }),
        report(OKADA, { status: 'completed', operation: 40, qtyGood: 97, qtyScrap: 1 }),
      ]),
      ...run([report(OKADA, { status: 'completed', operation: 20 })], [opened({ supplierId: OKADA })]),
    ];
    expect(new Set(life.map((event) => event.type))).toEqual(new Set(Object.keys(WORK_PROGRESS_EVENT_SCHEMAS)));
    for (const event of life) {
      expect({ type: event.type, violations: schemaViolations(WORK_PROGRESS_EVENT_SCHEMAS[event.type], event.data) }).toEqual({ type: event.type, violations: [] });
      expect(JSON.parse(JSON.stringify(event.data))).toEqual(event.data);
    }
  });

  it('a v1 report, upcast, fits the v2 schema', () => {
    const { operation: _o, milestone: _m, percent: _p, delayReasonCode: _d, ...v1 } = reported({ reportedBy: MORI }).data;
    expect(schemaViolations(PROGRESS_REPORTED_V1_SCHEMA, v1)).toEqual([]);
    expect(schemaViolations(WORK_PROGRESS_EVENT_SCHEMAS.ProgressReported, upcastProgressReported(v1, 1))).toEqual([]);
  });

  it('the checker used here does catch a bad value and an unknown field', () => {
    const bad = { ...reported().data, milestone: 'halfway', colour: 'red' };
    expect(schemaViolations(WORK_PROGRESS_EVENT_SCHEMAS.ProgressReported, bad)).toEqual([
      '$.milestone: is not one of material-received, started, first-article-ok, finished, shipped, null',
      '$: has unexpected colour',
    ]);
  });
});
