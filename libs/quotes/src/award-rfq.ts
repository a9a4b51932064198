import type { QuotesAwardV1 } from '@renkei/contracts';
import { ID_ALLOWED, isId, isPositiveInteger, isText, repeatedIndexes } from './field-rules';
import type { AwardRequest, AwardRfq, CancelRfq } from './quotes-commands';
import { QuotesError, type FieldError } from './quotes-error';
import type { RfqAwarded, RfqCancelled } from './quotes-events';
import { quoteOf, requireIssuedAndParty, requireIssuer, requireNotClosed, requireWellFormed } from './rfq-guards';
import type { QuoteHistory, Rfq } from './rfq-state';

/**
 * Awards lines, whole or split across workshops, at the price of each workshop's
 * latest quote revision. Allowed after the answer deadline: that is when leads decide.
 */
export function awardRfq(command: AwardRfq, state: Rfq): RfqAwarded[] {
  const { data, metadata } = command;
  const rfq = requireIssuedAndParty(state, data.rfqId, metadata.actor);
  requireIssuer(rfq, metadata.actor);
  requireNotClosed(rfq);
  requireWellFormed(awardErrors(data.awards), 'award');

  const awards = data.awards.map((request, index): QuotesAwardV1 => {
    const line = rfq.rfq.lines.find((asked) => asked.lineNo === request.lineNo);
    if (line === undefined) {
      throw new QuotesError('QUOTES.UNKNOWN_LINE', `RFQ ${data.rfqId} has no line ${request.lineNo}`, [
        { field: `awards[${index}].lineNo`, rule: 'must be a line of the RFQ', allowed: rfq.rfq.lines.map((asked) => asked.lineNo).join(', ') },
      ]);
    }
    const quote = quoteOf(rfq, request.workshopId);
    const quoted = quote?.latest.lines.find((quotedLine) => quotedLine.lineNo === request.lineNo);
    if (quote === undefined || quoted === undefined) {
      throw new QuotesError('QUOTES.NO_QUOTE_FOR_LINE', `${request.workshopId} has no current quote for line ${request.lineNo} of RFQ ${data.rfqId}`, [
        { field: `awards[${index}].workshopId`, rule: 'must have quoted this line in its latest revision', allowed: workshopsQuoting(rfq.quotes, request.lineNo) },
      ]);
    }
    return {
      lineNo: line.lineNo,
      part: line.part,
      dueDate: line.dueDate,
      workshopId: request.workshopId,
      quantity: request.quantity,
      quoteId: quote.quoteId,
      quoteRevision: quote.latest.revision,
      unitPrice: quoted.unitPrice,
      leadTimeDays: quoted.leadTimeDays,
    };
  });

  for (const line of rfq.rfq.lines) {
    const shares = awards.filter((award) => award.lineNo === line.lineNo);
    const total = shares.reduce((sum, award) => sum + award.quantity, 0);
    if (shares.length > 0 && total !== line.quantity) {
      throw new QuotesError('QUOTES.AWARD_QUANTITY_MISMATCH', `line ${line.lineNo} asks for ${line.quantity} pieces but the awards add up to ${total}`, [
        { field: `awards (line ${line.lineNo})`, rule: 'quantities of a line must add up to the line quantity', allowed: String(line.quantity) },
      ]);
    }
  }
  const unawardedLines = rfq.rfq.lines.map((line) => line.lineNo).filter((lineNo) => !awards.some((award) => award.lineNo === lineNo));
  if (unawardedLines.length > 0 && !data.partial) {
    throw new QuotesError('QUOTES.LINES_NOT_AWARDED', `lines ${unawardedLines.join(', ')} of RFQ ${data.rfqId} are not awarded; say partial: true to leave them`, [
      { field: 'awards', rule: 'must cover every line unless partial is true', allowed: `also award lines ${unawardedLines.join(', ')}, or set partial: true` },
    ]);
  }
  return [{ type: 'RfqAwarded', data: { rfqId: data.rfqId, awardedBy: metadata.actor.companyId, awards, unawardedLines, awardedAt: metadata.now.toISOString() } }];
}

export function cancelRfq(command: CancelRfq, state: Rfq): RfqCancelled[] {
  const { data, metadata } = command;
  const rfq = requireIssuedAndParty(state, data.rfqId, metadata.actor);
  requireIssuer(rfq, metadata.actor);
  requireNotClosed(rfq);
  requireWellFormed(isText(data.reason) ? [] : [{ field: 'reason', rule: 'must say why, in at most 500 characters', allowed: 'non-blank text' }], 'cancellation');
  return [{ type: 'RfqCancelled', data: { rfqId: data.rfqId, cancelledBy: metadata.actor.companyId, reason: data.reason, cancelledAt: metadata.now.toISOString() } }];
}

/** At least one award; each a positive whole quantity; a workshop appears at most once per line. */
export function awardErrors(awards: readonly AwardRequest[]): FieldError[] {
  if (awards.length === 0) return [{ field: 'awards', rule: 'must award at least one line', allowed: 'an array of { lineNo, workshopId, quantity }' }];
  const repeated = new Set(repeatedIndexes(awards, (award) => `${award.lineNo}\u0000${award.workshopId}`));
  return awards.flatMap((award, index) => [
    ...(isPositiveInteger(award.lineNo) ? [] : [{ field: `awards[${index}].lineNo`, rule: 'must be a line number', allowed: '1, 2, 3, ...' }]),
    ...(isId(award.workshopId) && !repeated.has(index)
      ? []
      : [{ field: `awards[${index}].workshopId`, rule: 'must be a company id, once per line', allowed: ID_ALLOWED }]),
    ...(isPositiveInteger(award.quantity) ? [] : [{ field: `awards[${index}].quantity`, rule: 'must be a whole positive number of pieces', allowed: '1 to 10000000' }]),
  ]);
}

function workshopsQuoting(quotes: readonly QuoteHistory[], lineNo: number): string {
  const quoting = quotes.filter((quote) => quote.latest.lines.some((line) => line.lineNo === lineNo)).map((quote) => quote.workshopId);
  return quoting.length === 0 ? 'no workshop has quoted this line' : quoting.join(', ');
}
