import type { ProgressReportedV1 } from '@renkei/contracts';
import { deciderSpecification } from '@renkei/testing';
import { workItemDecider } from './work-item';
import type { ProgressReported } from './work-progress-events';
import { MORI, OKADA, opened, report, reported, stateAfter, stateOnceDecided } from './work-item.fixtures';

const spec = deciderSpecification(workItemDecider);

const earlier = new Date('2026-11-20T07:00:00Z');
const key = { poId: 'PO-1', lineNo: 1 };
const newest = reported({ status: 'in_progress', operation: 40, eta: '2026-11-30', occurredAt: '2026-11-20T09:00:00.000Z' });

describe('work item: late reports never overwrite newer state', () => {
  it('a late completion still records the operation and the handoff, at its own time', () => {
    spec.given([opened(), newest]).when(report(OKADA, { status: 'completed', operation: 20, qtyGood: 100, occurredAt: earlier })).then([
      reported({ status: 'completed', operation: 20, qtyGood: 100, occurredAt: earlier.toISOString() }),
      { type: 'OperationCompleted', data: { ...key, opNo: 20, qtyGood: 100, qtyScrap: 0, occurredAt: earlier.toISOString(), reportedBy: OKADA } },
      {
        type: 'HandoffReady',
        data: { ...key, partNumber: 'BRK-100', opNo: 20, nextOpNo: 30, nextWorkshopId: MORI, qty: 100, expectedAt: earlier.toISOString(), occurredAt: earlier.toISOString(), reportedBy: OKADA },
      },
    ]);
  });

  it('but the current status and ETA stay those of the newest report', () => {
    const late = report(OKADA, { status: 'delayed', operation: 20, delayReasonCode: 'material', eta: '2026-12-10', occurredAt: earlier });
    const state = stateOnceDecided([opened(), newest], late);
    expect(state).toMatchObject({ status: 'Open', reports: 2, latest: { status: 'in_progress', eta: '2026-11-30', operation: 40 } });
  });

  it('a late delay is still recorded as a fact', () => {
    spec.given([opened(), newest]).when(report(OKADA, { status: 'delayed', delayReasonCode: 'material', eta: '2026-12-10', occurredAt: earlier })).then([
      reported({ status: 'delayed', delayReasonCode: 'material', eta: '2026-12-10', occurredAt: earlier.toISOString() }),
      { type: 'DelayReported', data: { ...key, opNo: null, reasonCode: 'material', newEta: '2026-12-10', note: null, occurredAt: earlier.toISOString(), reportedBy: OKADA } },
    ]);
  });

  it('reads a report stored as v1 (before the new fields) as v2 with them null', () => {
    const { operation: _o, milestone: _m, percent: _p, delayReasonCode: _d, ...v1 } = reported({ status: 'completed' }).data;
    const stored: ProgressReportedV1 = v1;
    expect(stateAfter([{ type: 'ProgressReported', data: stored } as unknown as ProgressReported])).toEqual({
      status: 'Reported',
      reports: 1,
      workCompletedAt: null,
      latest: { ...stored, operation: null, milestone: null, percent: null, delayReasonCode: null },
    });
  });
});
