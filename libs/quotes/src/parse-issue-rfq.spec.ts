import { parseIssueRfq } from './parse-issue-rfq';
import { lead, metadata } from './quotes-test-fixtures';

const meta = metadata(lead);
const line = { lineNo: 1, part: { partNumber: 'BRK-100', description: 'Bracket' }, quantity: 100, dueDate: '2026-12-15' };
const fields = (result: ReturnType<typeof parseIssueRfq>) => (result.ok ? [] : result.errors.map((error) => error.field));

describe('parseIssueRfq', () => {
  it('accepts named workshops, defaulting bomNodeId and customerOrderId to null and drawingRefs to none', () => {
    const result = parseIssueRfq({ rfqId: 'RFQ-1' }, { lines: [line], answerDeadline: '2026-11-27T17:00:00+09:00', invited: ['okada', 'mori'] }, meta);
    expect(result).toEqual({
      ok: true,
      command: {
        type: 'IssueRfq',
        data: {
          rfqId: 'RFQ-1',
          lines: [{ lineNo: 1, part: { partNumber: 'BRK-100', bomNodeId: null, description: 'Bracket' }, quantity: 100, dueDate: '2026-12-15', drawingRefs: [] }],
          answerDeadline: new Date('2026-11-27T08:00:00Z'),
          invited: ['okada', 'mori'],
          customerOrderId: null,
        },
        metadata: meta,
      },
    });
  });

  it('accepts match criteria instead of a list, with no certification by default', () => {
    const result = parseIssueRfq({ rfqId: 'RFQ-1' }, { lines: [line], answerDeadline: '2026-11-27T08:00:00Z', match: { process: 'milling', material: 'SUS304' } }, meta);
    expect(result.ok && result.command.data).toMatchObject({ match: { process: 'milling', material: 'SUS304', certification: null } });
    expect(result.ok && 'invited' in result.command.data).toBe(false);
  });

  it('names every bad field', () => {
    const result = parseIssueRfq(
      { rfqId: 'RFQ 1' },
      {
        lines: [
          { lineNo: 1, part: { partNumber: '', bomNodeId: 7, description: 'x', colour: 'red' }, quantity: 1.5, dueDate: '2026-02-30', drawingRefs: 'dwg-1' },
          { lineNo: 1, part: 'P-1', quantity: 0, dueDate: '15/12/2026', priority: 'high' },
          'line three',
        ],
        answerDeadline: 'next friday',
        invited: ['okada', 'okada', 'Bad Id', 'tanaka-kogyo'],
        budget: 100,
      },
      meta,
    );
    expect(fields(result)).toEqual([
      'rfqId',
      'lines[0].part.partNumber',
      'lines[0].part.bomNodeId',
      'lines[0].part.colour',
      'lines[0].quantity',
      'lines[0].dueDate',
      'lines[0].drawingRefs',
      'lines[1].part',
      'lines[1].quantity',
      'lines[1].dueDate',
      'lines[1].priority',
      'lines[2]',
      'lines[1].lineNo',
      'answerDeadline',
      'invited[1]',
      'invited[2]',
      'invited[3]',
      'budget',
    ]);
  });

  it('names bad match criteria', () => {
    const result = parseIssueRfq({ rfqId: 'RFQ-1' }, { lines: [line], answerDeadline: '2026-11-27T08:00:00Z', match: { process: 5, certification: 9, size: 'L' } }, meta);
    expect(fields(result)).toEqual(['match.process', 'match.material', 'match.certification', 'match.size']);
  });

  it('wants either invited or match, not both and not neither', () => {
    const base = { lines: [line], answerDeadline: '2026-11-27T08:00:00Z' };
    expect(fields(parseIssueRfq({ rfqId: 'RFQ-1' }, base, meta))).toEqual(['invited']);
    expect(fields(parseIssueRfq({ rfqId: 'RFQ-1' }, { ...base, invited: ['okada'], match: { process: 'milling', material: 'SUS304' } }, meta))).toEqual(['match']);
    expect(fields(parseIssueRfq({ rfqId: 'RFQ-1' }, { ...base, invited: [] }, meta))).toEqual(['invited']);
  });

  it('refuses lines not numbered 1..n, no lines, and a body that is not an object', () => {
    expect(fields(parseIssueRfq({ rfqId: 'RFQ-1' }, { lines: [{ ...line, lineNo: 2 }], answerDeadline: '2026-11-27T08:00:00Z', invited: ['okada'] }, meta))).toEqual(['lines[0].lineNo']);
    expect(fields(parseIssueRfq({ rfqId: 'RFQ-1' }, { lines: [], answerDeadline: '2026-11-27T08:00:00Z', invited: ['okada'] }, meta))).toEqual(['lines']);
    expect(fields(parseIssueRfq({ rfqId: 'RFQ-1' }, 'hello', meta))).toEqual(['body', 'lines', 'answerDeadline', 'invited']);
  });

  it('refuses a deadline without a time zone', () => {
    expect(fields(parseIssueRfq({ rfqId: 'RFQ-1' }, { lines: [line], answerDeadline: '2026-11-27T17:00:00', invited: ['okada'] }, meta))).toEqual(['answerDeadline']);
  });
});
