import type { QuoteLineInput } from '../outbox/phone-commands';
import type { OwnQuote, RfqLine } from './rfqs';

/** The quote form as typed: one price and lead time per RFQ line (blank: not quoted), one currency. */
export interface QuoteDraft {
  readonly currency: string;
  readonly lines: ReadonlyArray<{ readonly lineNo: number; readonly amount: string; readonly leadTimeDays: string; readonly note: string }>;
}

export type QuoteDraftProblem =
  | { readonly field: 'lines'; readonly problem: 'none-priced' }
  | { readonly field: 'amount' | 'leadTimeDays'; readonly lineNo: number; readonly problem: 'missing' | 'invalid' };

/** The quotes context's rules (libs/quotes field-rules): up to 12 digits and 4 decimals; 1 to 3650 whole days. */
const DECIMAL = /^\d{1,12}(\.\d{1,4})?$/;
export const MAX_LEAD_TIME_DAYS = 3650;
export const QUOTE_CURRENCIES = ['JPY', 'KRW', 'USD', 'EUR'] as const;

/** A new draft: blank for a first quote, or the quote as it stands for a revision. */
export function draftFor(lines: readonly RfqLine[], quote: OwnQuote | undefined, defaultCurrency = 'JPY'): QuoteDraft {
  return {
    currency: quote?.lines[0]?.unitPrice.currency ?? defaultCurrency,
    lines: lines.map(({ lineNo }) => {
      const quoted = quote?.lines.find((line) => line.lineNo === lineNo);
      return { lineNo, amount: quoted?.unitPrice.amount ?? '', leadTimeDays: quoted ? String(quoted.leadTimeDays) : '', note: quoted?.note ?? '' };
    }),
  };
}

/** Full-width digits and separators as a Japanese keyboard types them, and thousands commas, read as plain ones. */
export function normalizeNumber(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[,，\s]/g, '');
}

/**
 * The quote lines to send, or what is wrong with the draft. A line left blank is not quoted; a
 * line with only one of price and lead time is a mistake; at least one line must be priced.
 */
export function quoteLinesOf(draft: QuoteDraft): { ok: true; lines: QuoteLineInput[] } | { ok: false; problems: QuoteDraftProblem[] } {
  const problems: QuoteDraftProblem[] = [];
  const lines: QuoteLineInput[] = [];
  for (const line of draft.lines) {
    const amount = normalizeNumber(line.amount);
    const days = normalizeNumber(line.leadTimeDays);
    if (amount === '' && days === '') continue;
    const amountOk = DECIMAL.test(amount);
    const leadTimeDays = /^\d{1,4}$/.test(days) ? Number(days) : NaN;
    const daysOk = Number.isInteger(leadTimeDays) && leadTimeDays >= 1 && leadTimeDays <= MAX_LEAD_TIME_DAYS;
    if (!amountOk) problems.push({ field: 'amount', lineNo: line.lineNo, problem: amount === '' ? 'missing' : 'invalid' });
    if (!daysOk) problems.push({ field: 'leadTimeDays', lineNo: line.lineNo, problem: days === '' ? 'missing' : 'invalid' });
    if (amountOk && daysOk) {
      const note = line.note.trim();
      lines.push({ lineNo: line.lineNo, unitPrice: { amount, currency: draft.currency }, leadTimeDays, ...(note ? { note } : {}) });
    }
  }
  if (problems.length === 0 && lines.length === 0) problems.push({ field: 'lines', problem: 'none-priced' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines };
}
