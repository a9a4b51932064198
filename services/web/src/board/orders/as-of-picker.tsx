import { useState } from 'preact/hooks';
import { browserTimeZone } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { localInputOfMoment, momentOfLocalInput } from './as-of';

/** Pick a moment to see the order as it stood then, or go back to the live present. */
export function AsOfPicker({ asOf, onPick }: { asOf: string | null; onPick: (asOf: string | null) => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(() => (asOf === null ? '' : localInputOfMoment(asOf)));
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      class="as-of-picker"
      aria-labelledby="as-of-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const moment = momentOfLocalInput(value);
        setInvalid(moment === null);
        if (moment !== null) onPick(moment);
      }}
    >
      <h3 id="as-of-heading">{t('order.asOf.heading')}</h3>
      <div class="field-row">
        <div class="field">
          <label for="as-of">{t('order.asOf.label')}</label>
          <input
            id="as-of"
            type="datetime-local"
            step={1}
            value={value}
            max={localInputOfMoment(new Date())}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? 'as-of-hint as-of-problem' : 'as-of-hint'}
            onInput={(event) => setValue(event.currentTarget.value)}
          />
          <p id="as-of-hint" class="hint">
            {t('order.asOf.hint', { zone: browserTimeZone() })}
          </p>
          {invalid && (
            <p id="as-of-problem" class="error" role="alert">
              {t('order.asOf.invalid')}
            </p>
          )}
        </div>
        <button type="submit">{t('order.asOf.show')}</button>
        {asOf !== null && (
          <button
            type="button"
            class="primary"
            onClick={() => {
              setValue('');
              onPick(null);
            }}
          >
            {t('order.asOf.now')}
          </button>
        )}
      </div>
    </form>
  );
}
