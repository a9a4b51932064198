import { parseReportProgress } from './parse-report-progress';

const metadata = { companyId: 'okada-seiki', now: new Date('2026-11-20T10:00:00Z') };
const target = { poId: 'PO-1', lineNo: '1' };
const fieldsOf = (result: ReturnType<typeof parseReportProgress>) => (result.ok ? [] : result.errors.map((error) => error.field));

describe('parseReportProgress: operation, milestone, percent, delay reason', () => {
  it('accepts the new fields', () => {
    const result = parseReportProgress(target, { status: 'delayed', operation: 20, percent: 37.5, delayReasonCode: 'material', eta: '2026-12-01' }, metadata);
    expect(result).toMatchObject({ ok: true, command: { data: { status: 'delayed', operation: 20, milestone: null, percent: 37.5, delayReasonCode: 'material', eta: '2026-12-01' } } });
    const milestone = parseReportProgress(target, { status: 'completed', milestone: 'finished', operation: null }, metadata);
    expect(milestone).toMatchObject({ ok: true, command: { data: { operation: null, milestone: 'finished' } } });
  });

  it('names every bad new field with its rule and the allowed values', () => {
    const result = parseReportProgress(target, { status: 'delayed', operation: 0, milestone: 'halfway', percent: 101, delayReasonCode: 'weather' }, metadata);
    expect(fieldsOf(result)).toEqual(['operation', 'milestone', 'percent', 'delayReasonCode']);
    const errors = result.ok ? [] : result.errors;
    expect(errors.find((error) => error.field === 'milestone')).toEqual({
      field: 'milestone',
      rule: 'must be one of the milestones',
      allowed: 'material-received, started, first-article-ok, finished, shipped; or null',
    });
    expect(errors.find((error) => error.field === 'delayReasonCode')?.allowed).toBe('material, machine, labour, quality, subcontractor, customer-change, other; or null');
  });

  it('refuses other shapes: a fractional operation, a percent as text', () => {
    expect(fieldsOf(parseReportProgress(target, { status: 'in_progress', operation: 10.5, percent: '50' }, metadata))).toEqual(['operation', 'percent']);
  });

  it('refuses an operation and a milestone in one report', () => {
    const result = parseReportProgress(target, { status: 'completed', operation: 10, milestone: 'finished' }, metadata);
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'milestone', rule: expect.stringContaining('cannot be given together with operation'), allowed: 'operation or milestone, not both' }]);
  });

  it('still accepts a delayed report without a reason: only the decider knows whether the item was opened', () => {
    expect(parseReportProgress(target, { status: 'delayed', eta: '2026-12-01', note: 'material late' }, metadata).ok).toBe(true);
  });
});

describe('parseReportProgress with a workshop dialect', () => {
  const dialect = { 加工中: 'in_progress', 完了: 'completed', 遅れ: 'delayed' } as const;

  it('maps the workshop’s word to the canonical status, and still takes canonical words', () => {
    expect(parseReportProgress(target, { status: '完了', qtyGood: 40 }, metadata, dialect)).toMatchObject({ ok: true, command: { data: { status: 'completed', qtyGood: 40 } } });
    expect(parseReportProgress(target, { status: 'in_progress' }, metadata, dialect)).toMatchObject({ ok: true, command: { data: { status: 'in_progress' } } });
  });

  it('names an unknown word alongside the other bad fields', () => {
    const result = parseReportProgress(target, { status: '終わり', qtyGood: -1 }, metadata, dialect);
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'status', rule: '"終わり" is not a status word of this workshop', allowed: "this workshop's words: 加工中, 完了, 遅れ; canonical: not_started, in_progress, completed, delayed, blocked" },
      expect.objectContaining({ field: 'qtyGood' }),
    ]);
  });

  it('refuses a status that is not a word', () => {
    expect(parseReportProgress(target, { status: 3 }, metadata, dialect)).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'status', rule: 'must be a status word' })],
    });
  });

  it('without a dialect, refuses a workshop word exactly as before', () => {
    expect(parseReportProgress(target, { status: '完了' }, metadata)).toEqual({
      ok: false,
      errors: [{ field: 'status', rule: 'must be one of the canonical statuses', allowed: 'not_started, in_progress, completed, delayed, blocked' }],
    });
  });
});
