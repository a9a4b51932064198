import { metadata, okada } from './network-test-fixtures';
import { parseDeclareStatusWords } from './parse-declare-status-words';

const target = { companyId: 'okada' };
const canonical = 'not_started, in_progress, completed, delayed, blocked';
const fieldsOf = (result: ReturnType<typeof parseDeclareStatusWords>) => (result.ok ? [] : result.errors.map((error) => error.field));

describe('parseDeclareStatusWords', () => {
  it('accepts a list of words, trimmed, and an empty list', () => {
    const words = [
      { word: ' 加工中 ', status: 'in_progress' },
      { word: '完了', status: 'completed' },
    ];
    expect(parseDeclareStatusWords(target, { words }, metadata(okada))).toEqual({
      ok: true,
      command: {
        type: 'DeclareStatusWords',
        data: { companyId: 'okada', words: [{ word: '加工中', status: 'in_progress' }, { word: '完了', status: 'completed' }] },
        metadata: metadata(okada),
      },
    });
    expect(parseDeclareStatusWords(target, { words: [] }, metadata(okada)).ok).toBe(true);
  });

  it('names an unknown status with the canonical ones', () => {
    expect(parseDeclareStatusWords(target, { words: [{ word: '休み', status: 'resting' }] }, metadata(okada))).toEqual({
      ok: false,
      errors: [{ field: 'words[0].status', rule: 'must be one of the canonical statuses', allowed: canonical }],
    });
  });

  it('refuses a canonical word, saying it always means itself', () => {
    const result = parseDeclareStatusWords(target, { words: [{ word: 'Delayed', status: 'blocked' }] }, metadata(okada));
    expect(result.ok ? [] : result.errors).toEqual([
      {
        field: 'words[0].word',
        rule: '"Delayed" is a canonical status, which always means itself and cannot be mapped',
        allowed: `a word of the workshop's own, other than ${canonical}`,
      },
    ]);
  });

  it('refuses a repeated word, naming the first one', () => {
    const result = parseDeclareStatusWords(target, { words: [{ word: 'ﾁｭｳﾀﾞﾝ', status: 'blocked' }, { word: 'チュウダン', status: 'delayed' }] }, metadata(okada));
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'words[1].word', rule: 'repeats the word of words[0] (compared ignoring case and full-/half-width form)', allowed: 'each word once' },
    ]);
  });

  it('names every bad field, in body order', () => {
    const result = parseDeclareStatusWords(
      { companyId: 'OKADA' },
      {
        words: [
          { word: '', status: 'in_progress' },
          { word: 'x'.repeat(41), status: 7 },
          { word: 42, status: 'done', colour: 'red' },
          { word: 'not_started', status: 'not_started' },
          { word: '加工中', status: 'in_progress' },
          { word: '加工中', status: 'in_progress' },
          '加工中',
        ],
        note: 'x',
      },
      metadata(okada),
    );
    expect(fieldsOf(result)).toEqual([
      'companyId',
      'words[0].word',
      'words[1].word',
      'words[1].status',
      'words[2].word',
      'words[2].status',
      'words[2].colour',
      'words[3].word',
      'words[5].word',
      'words[6]',
      'note',
    ]);
  });

  it('refuses a body without a list, or with more than 100 words', () => {
    expect(fieldsOf(parseDeclareStatusWords(target, { words: { 加工中: 'in_progress' } }, metadata(okada)))).toEqual(['words']);
    const words = Array.from({ length: 101 }, (_, index) => ({ word: `w${index}`, status: 'in_progress' }));
    expect(fieldsOf(parseDeclareStatusWords(target, { words }, metadata(okada)))).toEqual(['words']);
    expect(fieldsOf(parseDeclareStatusWords(target, { words: words.slice(0, 100) }, metadata(okada)))).toEqual([]);
    expect(fieldsOf(parseDeclareStatusWords(target, '加工中', metadata(okada)))).toEqual(['body', 'words']);
  });
});
