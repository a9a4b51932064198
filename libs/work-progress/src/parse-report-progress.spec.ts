import { parseReportProgress } from './parse-report-progress';

const metadata = { companyId: 'ws-okada', now: new Date('2026-11-20T10:00:00Z') };

describe('parseReportProgress', () => {
  it('accepts a minimal report, defaulting quantities to 0 and occurredAt to now', () => {
    const result = parseReportProgress({ poId: 'PO-1', lineNo: '2' }, { status: 'completed' }, metadata);
    expect(result).toEqual({
      ok: true,
      command: {
        type: 'ReportProgress',
        data: { poId: 'PO-1', lineNo: 2, status: 'completed', qtyGood: 0, qtyScrap: 0, eta: null, note: null, occurredAt: metadata.now, operation: null, milestone: null, percent: null, delayReasonCode: null },
        metadata,
      },
    });
  });

  it('names every bad field with its rule and the allowed values', () => {
    const result = parseReportProgress(
      { poId: 'PO 1', lineNo: '0' },
      { status: 'done-ish', qtyGood: -1, qtyScrap: 1.5, eta: '28/11', note: 7, occurredAt: 'yesterday', colour: 'red' },
      metadata,
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.field)).toEqual(['poId', 'lineNo', 'status', 'qtyGood', 'qtyScrap', 'eta', 'note', 'occurredAt', 'colour']);
    expect(errors.find((error) => error.field === 'status')).toEqual({
      field: 'status',
      rule: 'must be one of the canonical statuses',
      allowed: 'not_started, in_progress, completed, delayed, blocked',
    });
  });

  it('refuses a body that is not an object', () => {
    const result = parseReportProgress({ poId: 'PO-1', lineNo: 1 }, [1, 2], metadata);
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toContain('body');
  });
});
