import type { QuotesEvent } from './quotes-events';
import { projectRfqFor, quoteVisibleTo } from './rfq-visibility';
import { evolve, initialRfq } from './rfq-state';
import { lead, mori, okada, otherLead, quoteLine, quoteRevised, quoteSubmitted, rfqAwarded, rfqCancelled, rfqDeclined, rfqIssued, sato, stranger } from './quotes-test-fixtures';

const okadaPrice = '1250.75';
const moriPrice = '1333.25';
const history: QuotesEvent[] = [
  rfqIssued(),
  quoteSubmitted(okada, [quoteLine(1, okadaPrice)]),
  quoteSubmitted(mori, [quoteLine(1, moriPrice)]),
  quoteRevised(mori, 2, [quoteLine(1, '1299')]),
  rfqDeclined(sato),
];
const state = history.reduce(evolve, initialRfq);

describe('quoteVisibleTo', () => {
  const quote = quoteSubmitted(okada).data;

  it('shows a quote to the workshop that made it and the lead that asked for it', () => {
    expect(quoteVisibleTo(quote, okada)).toBe(true);
    expect(quoteVisibleTo(quote, lead)).toBe(true);
  });

  it('hides it from every other company, and from the right company acting in the wrong role', () => {
    expect(quoteVisibleTo(quote, mori)).toBe(false);
    expect(quoteVisibleTo(quote, otherLead)).toBe(false);
    expect(quoteVisibleTo(quote, { companyId: lead.companyId, role: 'coordinator' })).toBe(false);
    expect(quoteVisibleTo(quote, { companyId: okada.companyId, role: 'lead' })).toBe(false);
  });
});

describe('projectRfqFor', () => {
  it('shows the issuer everything: every quote with every revision, every decline', () => {
    const view = projectRfqFor(state, lead);
    expect(view?.view).toBe('issuer');
    if (view?.view !== 'issuer') return;
    expect(view.quotes.map((quote) => [quote.workshopId, quote.latest.lines[0]?.unitPrice.amount, quote.revisions.length])).toEqual([
      ['okada', okadaPrice, 1],
      ['mori', '1299', 2],
    ]);
    expect(view.declines.map((decline) => decline.workshopId)).toEqual(['sato']);
  });

  it('shows an invited workshop the lines and its own quote only', () => {
    const view = projectRfqFor(state, okada);
    expect(view).toMatchObject({ view: 'workshop', status: 'Open', lines: rfqIssued().data.lines, decline: null, awards: [] });
    expect(view?.view === 'workshop' && view.quote?.latest.lines[0]?.unitPrice.amount).toBe(okadaPrice);
  });

  it('never shows workshop B workshop A\'s prices, quote ids, or who else was invited', () => {
    const seenByMori = JSON.stringify(projectRfqFor(state, mori));
    expect(seenByMori).not.toContain(okadaPrice);
    expect(seenByMori).not.toContain('q-okada');
    expect(seenByMori).not.toContain('"okada"');
    expect(seenByMori).not.toContain('"sato"');
    expect(seenByMori).toContain(moriPrice); // its own history, revision 1 included
  });

  it('shows a workshop that declined its decline and no quote', () => {
    expect(projectRfqFor(state, sato)).toMatchObject({ view: 'workshop', quote: null, decline: { workshopId: 'sato' } });
  });

  it('shows a workshop only its own share of the award', () => {
    const awarded = [rfqAwarded()].reduce(evolve, state);
    expect(projectRfqFor(awarded, okada)).toMatchObject({ status: 'Awarded', awards: rfqAwarded().data.awards });
    const seenByMori = projectRfqFor(awarded, mori);
    expect(seenByMori).toMatchObject({ status: 'Awarded', awards: [] });
    expect(JSON.stringify(seenByMori)).not.toContain('980.5');
  });

  it('tells invited workshops that the RFQ was cancelled and why', () => {
    const cancelled = [rfqCancelled()].reduce(evolve, state);
    expect(projectRfqFor(cancelled, mori)).toMatchObject({ status: 'Cancelled', cancellation: { reason: 'customer withdrew the order' } });
  });

  it('shows nothing to an uninvited workshop, another lead, a coordinator or an integrator', () => {
    expect(projectRfqFor(state, stranger)).toBeNull();
    expect(projectRfqFor(state, otherLead)).toBeNull();
    expect(projectRfqFor(state, { companyId: 'kanto-office', role: 'coordinator' })).toBeNull();
    expect(projectRfqFor(state, { companyId: lead.companyId, role: 'integrator' })).toBeNull();
    expect(projectRfqFor(state, { companyId: okada.companyId, role: 'integrator' })).toBeNull();
  });

  it('shows nothing of an RFQ that was never issued', () => {
    expect(projectRfqFor(initialRfq, lead)).toBeNull();
  });
});
