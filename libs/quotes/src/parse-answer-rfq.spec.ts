import { parseDeclineRfq, parseReviseQuote, parseSubmitQuote } from './parse-answer-rfq';
import { metadata, okada } from './quotes-test-fixtures';

const meta = metadata(okada);
const target = { rfqId: 'RFQ-1', quoteId: 'q-1' };
const errorsOf = (result: { ok: true } | { ok: false; errors: { field: string }[] }) => (result.ok ? [] : result.errors.map((error) => error.field));

describe('parseSubmitQuote / parseReviseQuote', () => {
  const body = { lines: [{ lineNo: 1, unitPrice: { amount: '1250.50', currency: 'JPY' }, leadTimeDays: 10 }] };

  it('accepts a quote, defaulting the note to null', () => {
    expect(parseSubmitQuote(target, body, meta)).toEqual({
      ok: true,
      command: {
        type: 'SubmitQuote',
        data: { rfqId: 'RFQ-1', quoteId: 'q-1', lines: [{ lineNo: 1, unitPrice: { amount: '1250.50', currency: 'JPY' }, leadTimeDays: 10, note: null }] },
        metadata: meta,
      },
    });
    const revised = parseReviseQuote(target, body, meta);
    expect(revised.ok && revised.command.type).toBe('ReviseQuote');
  });

  it('names every bad field', () => {
    const result = parseSubmitQuote(
      { rfqId: 'RFQ-1', quoteId: '' },
      {
        lines: [
          { lineNo: 0, unitPrice: { amount: 1250.5, currency: 'yen' }, leadTimeDays: 1.5, note: 3, discount: '5%' },
          { lineNo: 2, unitPrice: { amount: '12.34567', currency: 'JPY', vat: true }, leadTimeDays: 0 },
          { lineNo: 2, unitPrice: '100 JPY', leadTimeDays: 5 },
          { lineNo: 3, unitPrice: { amount: '1', currency: 'USD' }, leadTimeDays: 5 },
        ],
        validUntil: '2026-12-01',
      },
      meta,
    );
    expect(errorsOf(result)).toEqual([
      'quoteId',
      'lines[0].lineNo',
      'lines[0].unitPrice.amount',
      'lines[0].unitPrice.currency',
      'lines[0].leadTimeDays',
      'lines[0].note',
      'lines[0].discount',
      'lines[1].unitPrice.amount',
      'lines[1].unitPrice.vat',
      'lines[1].leadTimeDays',
      'lines[2].unitPrice',
      'lines[2].lineNo',
      'lines[3].unitPrice.currency',
      'validUntil',
    ]);
  });

  it('says that a price sent as a JSON number must be a string', () => {
    const result = parseSubmitQuote(target, { lines: [{ lineNo: 1, unitPrice: { amount: 99.99, currency: 'JPY' }, leadTimeDays: 3 }] }, meta);
    expect(result.ok ? null : result.errors[0]).toMatchObject({ field: 'lines[0].unitPrice.amount', rule: expect.stringContaining('not a JSON number') });
  });

  it('refuses a quote with no lines', () => {
    expect(errorsOf(parseSubmitQuote(target, { lines: [] }, meta))).toEqual(['lines']);
    expect(errorsOf(parseReviseQuote(target, null, meta))).toEqual(['body', 'lines']);
  });
});

describe('parseDeclineRfq', () => {
  it('accepts a reason', () => {
    expect(parseDeclineRfq({ rfqId: 'RFQ-1' }, { reason: 'machine down until January' }, meta)).toEqual({
      ok: true,
      command: { type: 'DeclineRfq', data: { rfqId: 'RFQ-1', reason: 'machine down until January' }, metadata: meta },
    });
  });

  it('names a missing reason, a bad rfq id and unknown fields', () => {
    expect(errorsOf(parseDeclineRfq({ rfqId: '-x' }, { reason: ' ', mood: 'sad' }, meta))).toEqual(['rfqId', 'reason', 'mood']);
  });
});
