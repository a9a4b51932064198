import { compareQuotes, type Offer, type QuotedLine } from './quote-comparison';

const offer = (workshopId: string, amount: string, leadTimeDays: number, currency = 'JPY'): Offer => ({
  workshopId,
  quoteId: `Q-${workshopId}`,
  quoteRevision: 1,
  unitPrice: { amount, currency },
  leadTimeDays,
  note: null,
});
const line = (lineNo: number, offers: Offer[], quantity = 10, dueDate = '2026-12-10'): QuotedLine => ({ lineNo, quantity, dueDate, offers });

describe('quotes side by side', () => {
  const today = '2026-11-20';

  it('lines up every workshop that quoted, one column each, with a gap where one did not quote a line', () => {
    const comparison = compareQuotes([line(1, [offer('ws-a', '1200', 14), offer('ws-b', '1100', 25)]), line(2, [offer('ws-b', '300', 5)])], today);
    expect(comparison.workshops).toEqual(['ws-a', 'ws-b']);
    expect(comparison.lines[1]?.cells.map((cell) => cell?.workshopId ?? null)).toEqual([null, 'ws-b']);
  });

  it('gives each offer its total, the day it would be ready if awarded today, and how that sits against the due date', () => {
    const [a, b] = compareQuotes([line(1, [offer('ws-a', '1250.50', 14), offer('ws-b', '1100', 25)])], today).lines[0]?.cells ?? [];
    expect(a).toMatchObject({ total: { amount: '12505.00', currency: 'JPY' }, readyBy: '2026-12-04', daysAgainstDue: -6 });
    expect(b).toMatchObject({ total: { amount: '11000', currency: 'JPY' }, readyBy: '2026-12-15', daysAgainstDue: 5 });
  });

  it('marks the cheapest and the fastest, ties included', () => {
    const cells = compareQuotes([line(1, [offer('ws-a', '1200', 14), offer('ws-b', '1100.00', 25), offer('ws-c', '1100', 14)])], today).lines[0]?.cells ?? [];
    expect(cells.map((cell) => [cell?.workshopId, cell?.cheapest, cell?.fastest])).toEqual([
      ['ws-a', false, true],
      ['ws-b', true, false],
      ['ws-c', true, true],
    ]);
  });

  it('marks nothing for a single offer, and no cheapest across currencies', () => {
    const [single] = compareQuotes([line(1, [offer('ws-a', '1200', 14)])], today).lines[0]?.cells ?? [];
    expect(single).toMatchObject({ cheapest: false, fastest: false });
    const mixed = compareQuotes([line(1, [offer('ws-a', '1200', 14), offer('ws-b', '10', 20, 'EUR')])], today).lines[0]?.cells ?? [];
    expect(mixed.map((cell) => [cell?.cheapest, cell?.fastest])).toEqual([
      [false, true],
      [false, false],
    ]);
  });
});
