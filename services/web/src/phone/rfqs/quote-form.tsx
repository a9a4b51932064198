import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import type { QuoteLineInput } from '../outbox/phone-commands';
import { draftFor, QUOTE_CURRENCIES, quoteLinesOf, type QuoteDraftProblem } from './quote-draft';
import type { OwnQuote, RfqLine } from './rfqs';

const PROBLEM_KEYS: Readonly<Record<string, MessageKey>> = {
  'amount:missing': 'phone.quote.amount.missing',
  'amount:invalid': 'phone.quote.amount.invalid',
  'leadTimeDays:missing': 'phone.quote.leadTimeDays.missing',
  'leadTimeDays:invalid': 'phone.quote.leadTimeDays.invalid',
};

/** A price and a lead time per RFQ line (blank: not quoted), in one currency; a revision starts from the quote as it stands. */
export function QuoteForm({ id, lines, quote, onSubmit, onCancel }: { id: string; lines: readonly RfqLine[]; quote: OwnQuote | undefined; onSubmit: (lines: QuoteLineInput[]) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => draftFor(lines, quote));
  const [problems, setProblems] = useState<readonly QuoteDraftProblem[]>([]);
  const problemOf = (lineNo: number, field: 'amount' | 'leadTimeDays') => {
    const problem = problems.find((candidate) => candidate.field === field && candidate.lineNo === lineNo);
    return problem && problem.field !== 'lines' ? PROBLEM_KEYS[`${field}:${problem.problem}`] : undefined;
  };
  const setLine = (lineNo: number, field: 'amount' | 'leadTimeDays' | 'note', value: string) =>
    setDraft((current) => ({ ...current, lines: current.lines.map((line) => (line.lineNo === lineNo ? { ...line, [field]: value } : line)) }));
  return (
    <form
      id={id}
      class="panel quote-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const result = quoteLinesOf(draft);
        if (result.ok) onSubmit(result.lines);
        else setProblems(result.problems);
      }}
    >
      <p class="hint">{t('phone.quote.hint')}</p>
      {problems.some((problem) => problem.field === 'lines') && <p class="field-error">{t('phone.quote.none')}</p>}
      <div class="field">
        <label for={`${id}-currency`}>{t('phone.quote.currency')}</label>
        <select id={`${id}-currency`} value={draft.currency} onChange={(event) => setDraft((current) => ({ ...current, currency: event.currentTarget.value }))}>
          {QUOTE_CURRENCIES.map((currency) => (
            <option key={currency} value={currency}>
              {currency}
            </option>
          ))}
        </select>
      </div>
      {lines.map((line) => {
        const entry = draft.lines.find((candidate) => candidate.lineNo === line.lineNo);
        const base = `${id}-line${line.lineNo}`;
        const amountProblem = problemOf(line.lineNo, 'amount');
        const daysProblem = problemOf(line.lineNo, 'leadTimeDays');
        return (
          <fieldset key={line.lineNo} class="quote-line">
            <legend>{t('phone.quote.legend', { lineNo: String(line.lineNo), part: line.partNumber, quantity: line.quantity })}</legend>
            <div class="field">
              <label for={`${base}-amount`}>{t('phone.quote.unitPrice', { currency: draft.currency })}</label>
              <input
                id={`${base}-amount`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={entry?.amount ?? ''}
                aria-invalid={amountProblem ? true : undefined}
                aria-describedby={amountProblem ? `${base}-amount-problem` : undefined}
                onInput={(event) => setLine(line.lineNo, 'amount', event.currentTarget.value)}
              />
              {amountProblem && (
                <p id={`${base}-amount-problem`} class="field-error">
                  {t(amountProblem)}
                </p>
              )}
            </div>
            <div class="field">
              <label for={`${base}-days`}>{t('phone.quote.leadTime')}</label>
              <input
                id={`${base}-days`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={entry?.leadTimeDays ?? ''}
                aria-invalid={daysProblem ? true : undefined}
                aria-describedby={daysProblem ? `${base}-days-problem` : undefined}
                onInput={(event) => setLine(line.lineNo, 'leadTimeDays', event.currentTarget.value)}
              />
              {daysProblem && (
                <p id={`${base}-days-problem`} class="field-error">
                  {t(daysProblem)}
                </p>
              )}
            </div>
            <div class="field">
              <label for={`${base}-note`}>{t('phone.quote.note')}</label>
              <input id={`${base}-note`} type="text" maxLength={500} value={entry?.note ?? ''} onInput={(event) => setLine(line.lineNo, 'note', event.currentTarget.value)} />
            </div>
          </fieldset>
        );
      })}
      <div class="form-actions">
        <button type="submit" class="primary">
          {quote ? t('phone.quote.reviseSubmit') : t('phone.quote.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('phone.cancel')}
        </button>
      </div>
    </form>
  );
}
