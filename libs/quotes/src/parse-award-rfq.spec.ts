import { parseAwardRfq, parseCancelRfq } from './parse-award-rfq';
import { lead, metadata } from './quotes-test-fixtures';

const meta = metadata(lead);
const errorsOf = (result: { ok: true } | { ok: false; errors: { field: string }[] }) => (result.ok ? [] : result.errors.map((error) => error.field));

describe('parseAwardRfq', () => {
  it('accepts an award, partial defaulting to false', () => {
    expect(parseAwardRfq({ rfqId: 'RFQ-1' }, { awards: [{ lineNo: 1, workshopId: 'okada', quantity: 60 }, { lineNo: 1, workshopId: 'mori', quantity: 40 }] }, meta)).toEqual({
      ok: true,
      command: {
        type: 'AwardRfq',
        data: { rfqId: 'RFQ-1', awards: [{ lineNo: 1, workshopId: 'okada', quantity: 60 }, { lineNo: 1, workshopId: 'mori', quantity: 40 }], partial: false },
        metadata: meta,
      },
    });
    const partial = parseAwardRfq({ rfqId: 'RFQ-1' }, { awards: [{ lineNo: 1, workshopId: 'okada', quantity: 60 }], partial: true }, meta);
    expect(partial.ok && partial.command.data.partial).toBe(true);
  });

  it('names every bad field', () => {
    const result = parseAwardRfq(
      { rfqId: 'RFQ-1' },
      {
        awards: [
          { lineNo: '1', workshopId: 'okada', quantity: -5, price: '100' },
          { lineNo: 2, workshopId: 'Okada Ltd', quantity: 10 },
          { lineNo: 2, workshopId: 'mori', quantity: 5 },
          { lineNo: 2, workshopId: 'mori', quantity: 5 },
          7,
        ],
        partial: 'yes',
        note: 'rush',
      },
      meta,
    );
    expect(errorsOf(result)).toEqual([
      'awards[0].lineNo',
      'awards[0].quantity',
      'awards[0].price',
      'awards[1].workshopId',
      'awards[4]',
      'awards[3].workshopId',
      'partial',
      'note',
    ]);
  });

  it('refuses an empty award', () => {
    expect(errorsOf(parseAwardRfq({ rfqId: 'RFQ-1' }, { awards: [] }, meta))).toEqual(['awards']);
  });
});

describe('parseCancelRfq', () => {
  it('accepts a reason', () => {
    const result = parseCancelRfq({ rfqId: 'RFQ-1' }, { reason: 'customer withdrew the order' }, meta);
    expect(result.ok && result.command).toEqual({ type: 'CancelRfq', data: { rfqId: 'RFQ-1', reason: 'customer withdrew the order' }, metadata: meta });
  });

  it('names a missing reason and unknown fields', () => {
    expect(errorsOf(parseCancelRfq({ rfqId: 'RFQ-1' }, { why: 'x' }, meta))).toEqual(['reason', 'why']);
    expect(errorsOf(parseCancelRfq({ rfqId: 'RFQ-1' }, [], meta))).toEqual(['body', 'reason']);
  });
});
