import { draftFor, normalizeNumber, quoteLinesOf, type QuoteDraft } from './quote-draft';
import type { RfqLine } from './rfqs';

const lines: RfqLine[] = [
  { lineNo: 1, partNumber: 'PN-SEAL', description: 'shaft seal', quantity: 20, dueDate: '2027-02-27', drawingRefs: [] },
  { lineNo: 2, partNumber: 'PN-GASKET', description: 'gasket', quantity: 20, dueDate: '2027-02-27', drawingRefs: ['DWG-7'] },
];
const draft = (entries: Array<[string, string, string?]>, currency = 'JPY'): QuoteDraft => ({
  currency,
  lines: entries.map(([amount, leadTimeDays, note = ''], index) => ({ lineNo: index + 1, amount, leadTimeDays, note })),
});

describe('the quote form', () => {
  it('starts blank, or from the quote as it stands for a revision', () => {
    expect(draftFor(lines, undefined)).toEqual(draft([['', ''], ['', '']]));
    const quote = { quoteId: 'q-a', latestRevision: 2, revisedAt: '2026-11-21T00:00:00Z', lines: [{ lineNo: 2, unitPrice: { amount: '95.50', currency: 'USD' }, leadTimeDays: 10, note: '在庫あり' }] };
    expect(draftFor(lines, quote)).toEqual(draft([['', ''], ['95.50', '10', '在庫あり']], 'USD'));
  });

  it('sends the lines priced, as decimal strings in one currency, with whole days', () => {
    expect(quoteLinesOf(draft([['1,250.5', '14', ' 材料支給の場合 '], ['', '']]))).toEqual({
      ok: true,
      lines: [{ lineNo: 1, unitPrice: { amount: '1250.5', currency: 'JPY' }, leadTimeDays: 14, note: '材料支給の場合' }],
    });
  });

  it('reads full-width digits as a Japanese keyboard types them', () => {
    expect(normalizeNumber('１２５０．７５')).toBe('1250.75');
    expect(quoteLinesOf(draft([['９５', '１０']]))).toMatchObject({ ok: true, lines: [{ unitPrice: { amount: '95' }, leadTimeDays: 10 }] });
  });

  it('names each line and field that is wrong, and refuses a quote with no line priced', () => {
    expect(quoteLinesOf(draft([['abc', '0'], ['12.34567', '']]))).toEqual({
      ok: false,
      problems: [
        { field: 'amount', lineNo: 1, problem: 'invalid' },
        { field: 'leadTimeDays', lineNo: 1, problem: 'invalid' },
        { field: 'amount', lineNo: 2, problem: 'invalid' },
        { field: 'leadTimeDays', lineNo: 2, problem: 'missing' },
      ],
    });
    expect(quoteLinesOf(draft([['', '5']]))).toEqual({ ok: false, problems: [{ field: 'amount', lineNo: 1, problem: 'missing' }] });
    expect(quoteLinesOf(draft([['', ''], ['', '']]))).toEqual({ ok: false, problems: [{ field: 'lines', problem: 'none-priced' }] });
    expect(quoteLinesOf(draft([['10', '3651']]))).toMatchObject({ ok: false });
  });
});
