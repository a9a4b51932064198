import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { normalizeNumber } from '../rfqs/quote-draft';
import type { MyWorkItem } from './work-items';

/** The API's largest count (libs/work-progress MAX_QUANTITY). */
const MAX_COUNT = 10_000_000;

function countOf(text: string): number | null {
  const normalized = normalizeNumber(text);
  if (!/^\d{1,8}$/.test(normalized)) return null;
  const value = Number(normalized);
  return value <= MAX_COUNT ? value : null;
}

/** Good and scrap so far on the line (cumulative, as the API counts them), with ± steps for gloved fingers. */
export function CountsForm({ id, item, onSubmit, onCancel }: { id: string; item: MyWorkItem; onSubmit: (qtyGood: number, qtyScrap: number) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [good, setGood] = useState(String(item.qtyGood));
  const [scrap, setScrap] = useState(String(item.qtyScrap));
  const [tried, setTried] = useState(false);
  const goodValue = countOf(good);
  const scrapValue = countOf(scrap);
  return (
    <form
      id={id}
      class="panel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (goodValue !== null && scrapValue !== null) onSubmit(goodValue, scrapValue);
      }}
    >
      <fieldset>
        <legend>{t('phone.counts.legend')}</legend>
        <p class="hint" id={`${id}-hint`}>
          {t('phone.counts.hint')}
        </p>
        <Stepper id={`${id}-good`} label={t('phone.counts.good')} value={good} onChange={setGood} invalid={tried && goodValue === null} hintId={`${id}-hint`} />
        <Stepper id={`${id}-scrap`} label={t('phone.counts.scrap')} value={scrap} onChange={setScrap} invalid={tried && scrapValue === null} hintId={`${id}-hint`} />
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="primary">
          {t('phone.counts.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('phone.cancel')}
        </button>
      </div>
    </form>
  );
}

function Stepper({ id, label, value, onChange, invalid, hintId }: { id: string; label: string; value: string; onChange: (value: string) => void; invalid: boolean; hintId: string }) {
  const { t } = useI18n();
  const step = (delta: number) => onChange(String(Math.min(MAX_COUNT, Math.max(0, (countOf(value) ?? 0) + delta))));
  return (
    <div class="stepper">
      <label for={id}>{label}</label>
      <div class="stepper-row">
        <button type="button" class="step" aria-label={t('phone.counts.less', { what: label })} onClick={() => step(-1)}>
          −
        </button>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-problem ${hintId}` : hintId}
          onInput={(event) => onChange(event.currentTarget.value)}
        />
        <button type="button" class="step" aria-label={t('phone.counts.more', { what: label })} onClick={() => step(1)}>
          +
        </button>
      </div>
      {invalid && (
        <p id={`${id}-problem`} class="field-error">
          {t('phone.counts.invalid')}
        </p>
      )}
    </div>
  );
}
