// Builders shared by this lib's specs; not exported from the index.
import type { QuotesQuoteLineV1, QuotesRfqLineV1, RfqIssuedV2 } from '@renkei/contracts';
import type { QuotesActor, QuotesCommandMetadata } from './quotes-commands';
import type { QuoteRevised, QuoteSubmitted, RfqAwarded, RfqCancelled, RfqDeclined, RfqIssued } from './quotes-events';

export const rfqId = 'RFQ-2026-0042';
export const issuedAt = '2026-11-19T09:00:00.000Z';
export const now = new Date('2026-11-20T10:00:00.000Z');
export const answerDeadline = '2026-11-27T08:00:00.000Z';
export const atDeadline = new Date(answerDeadline);
export const justBeforeDeadline = new Date(atDeadline.getTime() - 1);

export const lead: QuotesActor = { companyId: 'tanaka-kogyo', role: 'lead' };
export const otherLead: QuotesActor = { companyId: 'suzuki-denki', role: 'lead' };
export const okada: QuotesActor = { companyId: 'okada', role: 'workshop' };
export const mori: QuotesActor = { companyId: 'mori', role: 'workshop' };
export const sato: QuotesActor = { companyId: 'sato', role: 'workshop' };
export const stranger: QuotesActor = { companyId: 'kimura', role: 'workshop' };

export function metadata(actor: QuotesActor, at: Date = now): QuotesCommandMetadata {
  return { actor, now: at };
}

export const bracketLine: QuotesRfqLineV1 = {
  lineNo: 1,
  part: { partNumber: 'BRK-100', bomNodeId: 'node-7', description: 'Bracket, SUS304, 3 mm' },
  quantity: 100,
  dueDate: '2026-12-15',
  drawingRefs: ['dwg/BRK-100/rev-B'],
};
export const shaftLine: QuotesRfqLineV1 = {
  lineNo: 2,
  part: { partNumber: 'SHF-20', bomNodeId: null, description: 'Shaft, S45C, ground' },
  quantity: 40,
  dueDate: '2026-12-20',
  drawingRefs: [],
};

export function rfqIssued(overrides: Partial<RfqIssuedV2> = {}): RfqIssued {
  return {
    type: 'RfqIssued',
    data: {
      rfqId,
      issuedBy: lead.companyId,
      lines: [bracketLine, shaftLine],
      answerDeadline,
      invited: [okada.companyId, mori.companyId, sato.companyId],
      selection: 'invited',
      matchCriteria: null,
      issuedAt,
      customerOrderId: null,
      ...overrides,
    },
  };
}

export function quoteLine(lineNo: number, amount: string, currency = 'JPY', leadTimeDays = 10): QuotesQuoteLineV1 {
  return { lineNo, unitPrice: { amount, currency }, leadTimeDays, note: null };
}

export function quoteSubmitted(workshop: QuotesActor, lines: QuotesQuoteLineV1[] = [quoteLine(1, '1250'), quoteLine(2, '980.5')]): QuoteSubmitted {
  return {
    type: 'QuoteSubmitted',
    data: {
      rfqId,
      quoteId: `q-${workshop.companyId}`,
      workshopId: workshop.companyId,
      rfqIssuedBy: lead.companyId,
      revision: 1,
      lines,
      submittedAt: now.toISOString(),
    },
  };
}

export function quoteRevised(workshop: QuotesActor, revision: number, lines: QuotesQuoteLineV1[]): QuoteRevised {
  return {
    type: 'QuoteRevised',
    data: { rfqId, quoteId: `q-${workshop.companyId}`, workshopId: workshop.companyId, rfqIssuedBy: lead.companyId, revision, lines, revisedAt: now.toISOString() },
  };
}

export function rfqDeclined(workshop: QuotesActor): RfqDeclined {
  return { type: 'RfqDeclined', data: { rfqId, workshopId: workshop.companyId, rfqIssuedBy: lead.companyId, reason: 'no capacity in December', declinedAt: now.toISOString() } };
}

/** Okada wins everything at its submitted prices. */
export function rfqAwarded(): RfqAwarded {
  return {
    type: 'RfqAwarded',
    data: {
      rfqId,
      awardedBy: lead.companyId,
      awards: [bracketLine, shaftLine].map((line) => ({
        lineNo: line.lineNo,
        part: line.part,
        dueDate: line.dueDate,
        workshopId: okada.companyId,
        quantity: line.quantity,
        quoteId: `q-${okada.companyId}`,
        quoteRevision: 1,
        unitPrice: { amount: line.lineNo === 1 ? '1250' : '980.5', currency: 'JPY' },
        leadTimeDays: 10,
      })),
      unawardedLines: [],
      awardedAt: now.toISOString(),
    },
  };
}

export function rfqCancelled(): RfqCancelled {
  return { type: 'RfqCancelled', data: { rfqId, cancelledBy: lead.companyId, reason: 'customer withdrew the order', cancelledAt: now.toISOString() } };
}
