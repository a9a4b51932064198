import type { QuotesQuoteLineV1 } from '@renkei/contracts';
import { CURRENCY_ALLOWED, DECIMAL_ALLOWED, MAX_LEAD_TIME_DAYS, isCurrency, isDecimal, isPositiveInteger, isText, repeatedIndexes } from './field-rules';
import type { DeclineRfq, ReviseQuote, SubmitQuote } from './quotes-commands';
import { QuotesError, type FieldError } from './quotes-error';
import type { QuoteRevised, QuoteSubmitted, RfqDeclined } from './quotes-events';
import { hasDeclined, quoteOf, requireInvited, requireIssuedAndParty, requireOpenForAnswers, requireWellFormed } from './rfq-guards';
import type { IssuedRfq, Rfq } from './rfq-state';

export function submitQuote(command: SubmitQuote, state: Rfq): QuoteSubmitted[] {
  const { data, metadata } = command;
  const rfq = requireAnswerable(state, command);
  const workshopId = metadata.actor.companyId;
  if (hasDeclined(rfq, workshopId)) throw new QuotesError('QUOTES.ALREADY_DECLINED', `${workshopId} declined RFQ ${data.rfqId} and cannot quote on it`);
  if (quoteOf(rfq, workshopId) !== undefined) {
    throw new QuotesError('QUOTES.ALREADY_QUOTED', `${workshopId} already quoted on RFQ ${data.rfqId}; send ReviseQuote to change it`);
  }
  if (rfq.quotes.some((quote) => quote.quoteId === data.quoteId)) {
    throw new QuotesError('QUOTES.DUPLICATE_QUOTE_ID', `quote id ${data.quoteId} is already taken on RFQ ${data.rfqId}`);
  }
  requireQuotableLines(rfq, data.lines);
  return [
    {
      type: 'QuoteSubmitted',
      data: {
        rfqId: data.rfqId,
        quoteId: data.quoteId,
        workshopId,
        rfqIssuedBy: rfq.rfq.issuedBy,
        revision: 1,
        lines: data.lines.map(copyLine),
        submittedAt: metadata.now.toISOString(),
      },
    },
  ];
}

export function reviseQuote(command: ReviseQuote, state: Rfq): QuoteRevised[] {
  const { data, metadata } = command;
  const rfq = requireAnswerable(state, command);
  const workshopId = metadata.actor.companyId;
  const own = quoteOf(rfq, workshopId);
  if (own === undefined && hasDeclined(rfq, workshopId)) {
    throw new QuotesError('QUOTES.ALREADY_DECLINED', `${workshopId} declined RFQ ${data.rfqId} and has no quote to revise`);
  }
  // Another workshop's quote id gets the same answer as an unknown one: its existence is not ours to reveal.
  if (own === undefined || own.quoteId !== data.quoteId) {
    throw new QuotesError('QUOTES.QUOTE_NOT_FOUND', `${workshopId} has no quote ${data.quoteId} on RFQ ${data.rfqId}`);
  }
  requireQuotableLines(rfq, data.lines);
  return [
    {
      type: 'QuoteRevised',
      data: {
        rfqId: data.rfqId,
        quoteId: own.quoteId,
        workshopId,
        rfqIssuedBy: rfq.rfq.issuedBy,
        revision: own.latest.revision + 1,
        lines: data.lines.map(copyLine),
        revisedAt: metadata.now.toISOString(),
      },
    },
  ];
}

export function declineRfq(command: DeclineRfq, state: Rfq): RfqDeclined[] {
  const { data, metadata } = command;
  const rfq = requireAnswerable(state, command);
  const workshopId = metadata.actor.companyId;
  if (hasDeclined(rfq, workshopId)) throw new QuotesError('QUOTES.ALREADY_DECLINED', `${workshopId} already declined RFQ ${data.rfqId}`);
  if (quoteOf(rfq, workshopId) !== undefined) {
    throw new QuotesError('QUOTES.ALREADY_QUOTED', `${workshopId} already quoted on RFQ ${data.rfqId}; a quote stands until the RFQ is awarded or cancelled`);
  }
  requireWellFormed(isText(data.reason) ? [] : [{ field: 'reason', rule: 'must say why, in at most 500 characters', allowed: 'non-blank text' }], 'decline');
  return [{ type: 'RfqDeclined', data: { rfqId: data.rfqId, workshopId, rfqIssuedBy: rfq.rfq.issuedBy, reason: data.reason, declinedAt: metadata.now.toISOString() } }];
}

/** A party first (so outsiders learn nothing), then invited, then open: not cancelled, not awarded, deadline not reached. */
function requireAnswerable(state: Rfq, command: SubmitQuote | ReviseQuote | DeclineRfq): IssuedRfq {
  const rfq = requireIssuedAndParty(state, command.data.rfqId, command.metadata.actor);
  requireInvited(rfq, command.metadata.actor);
  requireOpenForAnswers(rfq, command.metadata.now);
  return rfq;
}

function requireQuotableLines(rfq: IssuedRfq, lines: readonly QuotesQuoteLineV1[]): void {
  requireWellFormed(quoteLineErrors(lines), 'quote');
  const unknown = lines.filter((line) => !rfq.rfq.lines.some((asked) => asked.lineNo === line.lineNo));
  if (unknown.length > 0) {
    throw new QuotesError(
      'QUOTES.UNKNOWN_LINE',
      `RFQ ${rfq.rfq.rfqId} has no line ${unknown.map((line) => line.lineNo).join(', ')}`,
      unknown.map((line) => ({ field: `lines[${lines.indexOf(line)}].lineNo`, rule: 'must be a line of the RFQ', allowed: rfq.rfq.lines.map((asked) => asked.lineNo).join(', ') })),
    );
  }
  const mixed = currencyErrors(lines);
  if (mixed.length > 0) throw new QuotesError('QUOTES.MIXED_CURRENCIES', 'a quote is priced in one currency', mixed);
}

/** At least one line, each line once, prices as decimal strings, lead times in whole days. */
export function quoteLineErrors(lines: readonly QuotesQuoteLineV1[]): FieldError[] {
  if (lines.length === 0) return [{ field: 'lines', rule: 'must price at least one line', allowed: 'an array of 1 or more quote lines' }];
  const repeated = new Set(repeatedIndexes(lines, (line) => line.lineNo));
  return lines.flatMap((line, index) => [
    ...(isPositiveInteger(line.lineNo) && !repeated.has(index) ? [] : [{ field: `lines[${index}].lineNo`, rule: 'must name an RFQ line once', allowed: 'distinct line numbers of the RFQ' }]),
    ...(isDecimal(line.unitPrice.amount) ? [] : [{ field: `lines[${index}].unitPrice.amount`, rule: 'must be a decimal string', allowed: DECIMAL_ALLOWED }]),
    ...(isCurrency(line.unitPrice.currency) ? [] : [{ field: `lines[${index}].unitPrice.currency`, rule: 'must be a currency code', allowed: CURRENCY_ALLOWED }]),
    ...(isPositiveInteger(line.leadTimeDays, MAX_LEAD_TIME_DAYS)
      ? []
      : [{ field: `lines[${index}].leadTimeDays`, rule: 'must be a whole positive number of days', allowed: `1 to ${MAX_LEAD_TIME_DAYS}` }]),
  ]);
}

/** Every line after the first must use the first line's currency. */
export function currencyErrors(lines: readonly QuotesQuoteLineV1[]): FieldError[] {
  const currency = lines[0]?.unitPrice.currency;
  return lines.flatMap((line, index) =>
    line.unitPrice.currency === currency
      ? []
      : [{ field: `lines[${index}].unitPrice.currency`, rule: 'must be the same currency on every line of a quote', allowed: String(currency) }],
  );
}

function copyLine(line: QuotesQuoteLineV1): QuotesQuoteLineV1 {
  return { lineNo: line.lineNo, unitPrice: { amount: line.unitPrice.amount, currency: line.unitPrice.currency }, leadTimeDays: line.leadTimeDays, note: line.note };
}
