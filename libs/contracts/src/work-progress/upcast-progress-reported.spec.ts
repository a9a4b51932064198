import type { ProgressReportedV1 } from './progress-reported.v1';
import type { ProgressReportedV2 } from './progress-reported.v2';
import { upcastProgressReported } from './upcast-progress-reported';

const v1: ProgressReportedV1 = {
  poId: 'PO-1',
  lineNo: 1,
  status: 'delayed',
  qtyGood: 40,
  qtyScrap: 1,
  eta: '2026-11-28',
  note: 'material late',
  occurredAt: '2026-11-20T09:00:00.000Z',
  reportedBy: 'okada-seiki',
};
const v2: ProgressReportedV2 = { ...v1, operation: 20, milestone: null, percent: 60, delayReasonCode: 'material' };

describe('upcastProgressReported', () => {
  it('reads a v1 event as v2, every field v1 lacks being null', () => {
    expect(upcastProgressReported(v1, 1)).toEqual({ ...v1, operation: null, milestone: null, percent: null, delayReasonCode: null });
  });

  it('returns v2 data as it is', () => {
    expect(upcastProgressReported(v2, 2)).toEqual(v2);
  });

  it('keeps v2 fields of an event labelled v1 (written before writers stamped per-event versions), so it is safe twice', () => {
    expect(upcastProgressReported(v2, 1)).toEqual(v2);
    expect(upcastProgressReported(upcastProgressReported(v1, 1), 1)).toEqual(upcastProgressReported(v1, 1));
  });

  it('leaves the stored data untouched', () => {
    const stored = { ...v1 };
    upcastProgressReported(stored, 1);
    expect(stored).toEqual(v1);
  });

  it('refuses a version it does not know rather than guess', () => {
    expect(() => upcastProgressReported(v2, 3)).toThrow(/schema version 3 is unknown/);
  });
});
