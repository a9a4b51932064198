import type { QuotesQuoteLineV1 } from '@renkei/contracts';
import {
  CURRENCY_ALLOWED,
  DECIMAL_ALLOWED,
  ID_ALLOWED,
  MAX_LEAD_TIME_DAYS,
  isCurrency,
  isDecimal,
  isId,
  isPositiveInteger,
  isRecord,
  optionalText,
  repeatedIndexes,
  requiredText,
  unknownFieldErrors,
  type QuotesParseResult,
} from './field-rules';
import type { DeclineRfq, QuotesCommandMetadata, ReviseQuote, SubmitQuote } from './quotes-commands';
import type { FieldError } from './quotes-error';

const MAX_LINES = 200;

/** A workshop's first quote; the quote id is chosen by the caller (path or generated at the edge). */
export function parseSubmitQuote(target: { rfqId: string; quoteId: string }, body: unknown, metadata: QuotesCommandMetadata): QuotesParseResult<SubmitQuote> {
  const parsed = parseQuoteBody(target, body);
  return parsed.ok ? { ok: true, command: { type: 'SubmitQuote', data: parsed.data, metadata } } : parsed;
}

/** A full new revision of the workshop's quote: the same body as a submission. */
export function parseReviseQuote(target: { rfqId: string; quoteId: string }, body: unknown, metadata: QuotesCommandMetadata): QuotesParseResult<ReviseQuote> {
  const parsed = parseQuoteBody(target, body);
  return parsed.ok ? { ok: true, command: { type: 'ReviseQuote', data: parsed.data, metadata } } : parsed;
}

export function parseDeclineRfq(target: { rfqId: string }, body: unknown, metadata: QuotesCommandMetadata): QuotesParseResult<DeclineRfq> {
  const errors: FieldError[] = [];
  const input = isRecord(body) ? body : {};
  if (!isRecord(body)) errors.push({ field: 'body', rule: 'must be a JSON object', allowed: '{ "reason": "..." }' });
  if (!isId(target.rfqId)) errors.push({ field: 'rfqId', rule: 'must be an id', allowed: ID_ALLOWED });
  const reason = requiredText(input, 'reason', 'reason', errors);
  errors.push(...unknownFieldErrors(input, ['reason'], '', 'a decline'));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, command: { type: 'DeclineRfq', data: { rfqId: target.rfqId, reason }, metadata } };
}

type QuoteData = SubmitQuote['data'];

function parseQuoteBody(target: { rfqId: string; quoteId: string }, body: unknown): { ok: true; data: QuoteData } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const input = isRecord(body) ? body : {};
  if (!isRecord(body)) errors.push({ field: 'body', rule: 'must be a JSON object', allowed: '{ "lines": [...] }' });
  if (!isId(target.rfqId)) errors.push({ field: 'rfqId', rule: 'must be an id', allowed: ID_ALLOWED });
  if (!isId(target.quoteId)) errors.push({ field: 'quoteId', rule: 'must be an id', allowed: ID_ALLOWED });

  const raw = input['lines'];
  let lines: QuotesQuoteLineV1[] = [];
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_LINES) {
    errors.push({ field: 'lines', rule: `must price 1 to ${MAX_LINES} lines`, allowed: 'an array of { lineNo, unitPrice: { amount, currency }, leadTimeDays, note }' });
  } else {
    lines = raw.map((item: unknown, index) => parseQuoteLine(item, `lines[${index}].`, errors));
    const repeated = repeatedIndexes(lines, (line) => line.lineNo).filter((index) => isPositiveInteger(lines[index]?.lineNo));
    errors.push(...repeated.map((index) => ({ field: `lines[${index}].lineNo`, rule: 'must name each RFQ line once', allowed: 'distinct line numbers' })));
    // Lines whose currency is itself invalid are already reported; the rest must agree with the first valid one.
    const currency = lines.find((line) => isCurrency(line.unitPrice.currency))?.unitPrice.currency;
    lines.forEach((line, index) => {
      if (isCurrency(line.unitPrice.currency) && line.unitPrice.currency !== currency) {
        errors.push({ field: `lines[${index}].unitPrice.currency`, rule: 'must be the same currency on every line of a quote', allowed: String(currency) });
      }
    });
  }
  errors.push(...unknownFieldErrors(input, ['lines'], '', 'a quote'));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, data: { rfqId: target.rfqId, quoteId: target.quoteId, lines } };
}

function parseQuoteLine(value: unknown, prefix: string, errors: FieldError[]): QuotesQuoteLineV1 {
  if (!isRecord(value)) {
    errors.push({ field: prefix.slice(0, -1), rule: 'must be an object', allowed: '{ lineNo, unitPrice: { amount, currency }, leadTimeDays, note }' });
    return { lineNo: NaN, unitPrice: { amount: '', currency: '' }, leadTimeDays: 0, note: null };
  }
  const lineNo = value['lineNo'];
  if (!isPositiveInteger(lineNo)) errors.push({ field: `${prefix}lineNo`, rule: 'must be a line number of the RFQ', allowed: '1, 2, 3, ...' });
  const price = value['unitPrice'];
  let amount: unknown = '';
  let currency: unknown = '';
  if (!isRecord(price)) {
    errors.push({ field: `${prefix}unitPrice`, rule: 'must be an object', allowed: '{ "amount": "1250.50", "currency": "JPY" }' });
  } else {
    amount = price['amount'];
    currency = price['currency'];
    if (!isDecimal(amount)) {
      const rule = typeof amount === 'number' ? 'must be a decimal string, not a JSON number (floats lose cents)' : 'must be a decimal string';
      errors.push({ field: `${prefix}unitPrice.amount`, rule, allowed: DECIMAL_ALLOWED });
    }
    if (!isCurrency(currency)) errors.push({ field: `${prefix}unitPrice.currency`, rule: 'must be a currency code', allowed: CURRENCY_ALLOWED });
    errors.push(...unknownFieldErrors(price, ['amount', 'currency'], `${prefix}unitPrice.`, 'a price'));
  }
  const leadTimeDays = value['leadTimeDays'];
  if (!isPositiveInteger(leadTimeDays, MAX_LEAD_TIME_DAYS)) {
    errors.push({ field: `${prefix}leadTimeDays`, rule: 'must be a whole positive number of days', allowed: `1 to ${MAX_LEAD_TIME_DAYS}` });
  }
  const note = optionalText(value, 'note', `${prefix}note`, errors);
  errors.push(...unknownFieldErrors(value, ['lineNo', 'unitPrice', 'leadTimeDays', 'note'], prefix, 'a quote line'));
  return {
    lineNo: isPositiveInteger(lineNo) ? lineNo : NaN,
    unitPrice: { amount: isDecimal(amount) ? amount : '', currency: isCurrency(currency) ? currency : '' },
    leadTimeDays: isPositiveInteger(leadTimeDays, MAX_LEAD_TIME_DAYS) ? leadTimeDays : 0,
    note,
  };
}
