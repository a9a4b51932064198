import type { QuotesQuoteLineV1 } from '@renkei/contracts';
import type { RfqQuoteRow } from './rfq-row';
import type { QuoteLineModel, QuoteModel, RfqModel, RfqOfferModel } from './rfq.model';
import type { VisibleRfq } from './rfq.query';

/** The visible RFQ as GraphQL objects; quotes are laid side by side on each line from what the query let through. */
export function toRfqModel(rfq: VisibleRfq): RfqModel {
  const quotes = rfq.quotes.map(toQuoteModel);
  return {
    rfqId: rfq.rfqId,
    issuedBy: rfq.issuedBy,
    status: rfq.status,
    lines: rfq.lines.map((line) => ({
      lineNo: line.lineNo,
      partNumber: line.part.partNumber,
      bomNodeId: line.part.bomNodeId,
      description: line.part.description,
      quantity: line.quantity,
      dueDate: line.dueDate,
      drawingRefs: [...line.drawingRefs],
      offers: quotes.flatMap((quote) => offerOn(quote, line.lineNo)),
    })),
    answerDeadline: new Date(rfq.answerDeadline),
    issuedAt: new Date(rfq.issuedAt),
    updatedAt: new Date(rfq.updatedAt),
    quotes,
    declines: rfq.declines.map(({ workshopId, reason, declinedAt }) => ({ workshopId, reason, declinedAt: new Date(declinedAt) })),
    awards: rfq.awards.map((award) => ({
      lineNo: award.lineNo,
      partNumber: award.part.partNumber,
      bomNodeId: award.part.bomNodeId,
      dueDate: award.dueDate,
      workshopId: award.workshopId,
      quantity: award.quantity,
      quoteId: award.quoteId,
      quoteRevision: award.quoteRevision,
      unitPrice: { amount: award.unitPrice.amount, currency: award.unitPrice.currency },
      leadTimeDays: award.leadTimeDays,
    })),
    awardedAt: dateOrNull(rfq.awardedAt),
    cancellation: rfq.cancelReason === null || rfq.cancelledAt === null ? null : { reason: rfq.cancelReason, cancelledAt: new Date(rfq.cancelledAt) },
    customerOrderId: rfq.customerOrderId,
    invited: rfq.invited === null ? null : [...rfq.invited],
    selection: rfq.selection,
    matchCriteria: rfq.matchCriteria === null ? null : { ...rfq.matchCriteria },
    unawardedLines: rfq.unawardedLines === null ? null : [...rfq.unawardedLines],
    overdueWorkshops: rfq.overdueMissing === null ? null : [...rfq.overdueMissing],
    overdueAt: dateOrNull(rfq.overdueAt),
  };
}

function toQuoteModel(quote: RfqQuoteRow): QuoteModel {
  const revisions = quote.revisions.map((revision) => ({ revision: revision.revision, sentAt: new Date(revision.sentAt), lines: revision.lines.map(toQuoteLine) }));
  return {
    quoteId: quote.quoteId,
    workshopId: quote.workshopId,
    latestRevision: quote.latestRevision,
    submittedAt: new Date(quote.submittedAt),
    revisedAt: new Date(quote.revisedAt),
    lines: revisions[revisions.length - 1]?.lines ?? [],
    revisions,
  };
}

function offerOn(quote: QuoteModel, lineNo: number): RfqOfferModel[] {
  const line = quote.lines.find((candidate) => candidate.lineNo === lineNo);
  if (line === undefined) return [];
  return [{ quoteId: quote.quoteId, workshopId: quote.workshopId, quoteRevision: quote.latestRevision, unitPrice: line.unitPrice, leadTimeDays: line.leadTimeDays, note: line.note }];
}

function toQuoteLine(line: QuotesQuoteLineV1): QuoteLineModel {
  return { lineNo: line.lineNo, unitPrice: { amount: line.unitPrice.amount, currency: line.unitPrice.currency }, leadTimeDays: line.leadTimeDays, note: line.note };
}

function dateOrNull(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}
