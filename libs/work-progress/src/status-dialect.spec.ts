import { mapStatusWord, type StatusDialect } from './status-dialect';

const okada: StatusDialect = { 加工中: 'in_progress', 完了: 'completed', 遅れ: 'delayed', 停止: 'blocked' };
const canonical = 'not_started, in_progress, completed, delayed, blocked';

describe('mapStatusWord', () => {
  it('maps the workshop’s own words to canonical statuses', () => {
    expect(mapStatusWord('加工中', okada)).toEqual({ ok: true, status: 'in_progress' });
    expect(mapStatusWord('完了', okada)).toEqual({ ok: true, status: 'completed' });
    expect(mapStatusWord('遅れ', okada)).toEqual({ ok: true, status: 'delayed' });
  });

  it('always accepts the canonical words, with or without a dialect', () => {
    expect(mapStatusWord('blocked', okada)).toEqual({ ok: true, status: 'blocked' });
    expect(mapStatusWord('not_started', {})).toEqual({ ok: true, status: 'not_started' });
  });

  it('keeps canonical words meaning themselves even if a mapping lists them', () => {
    expect(mapStatusWord('completed', { completed: 'in_progress' })).toEqual({ ok: true, status: 'completed' });
  });

  it('ignores surrounding spaces and half-width/full-width differences', () => {
    expect(mapStatusWord(' ｶﾝﾘｮｳ ', { カンリョウ: 'completed' })).toEqual({ ok: true, status: 'completed' });
  });

  it('refuses an unknown word, naming it, the workshop’s words and the canonical ones', () => {
    expect(mapStatusWord('終わり', okada)).toEqual({
      ok: false,
      error: { field: 'status', rule: '"終わり" is not a status word of this workshop', allowed: `this workshop's words: 加工中, 完了, 遅れ, 停止; canonical: ${canonical}` },
    });
    expect(mapStatusWord('done', {})).toEqual({ ok: false, error: expect.objectContaining({ allowed: `this workshop's words: none; canonical: ${canonical}` }) });
  });

  it('does not mistake inherited object properties for words', () => {
    expect(mapStatusWord('constructor', okada).ok).toBe(false);
    expect(mapStatusWord('toString', {}).ok).toBe(false);
  });
});
