import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';

/** Why, in a sentence or two (the API takes 1 to 500 characters): for a decline or a refusal. */
export function ReasonForm({ id, submitKey, onSubmit, onCancel }: { id: string; submitKey: MessageKey; onSubmit: (reason: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const missing = tried && reason.trim() === '';
  return (
    <form
      id={id}
      class="panel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (reason.trim() !== '') onSubmit(reason.trim());
      }}
    >
      <div class="field">
        <label for={`${id}-reason`}>{t('phone.reason.label')}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          maxLength={500}
          required
          value={reason}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-problem` : undefined}
          onInput={(event) => setReason(event.currentTarget.value)}
        />
        {missing && (
          <p id={`${id}-problem`} class="field-error">
            {t('phone.reason.missing')}
          </p>
        )}
      </div>
      <div class="form-actions">
        <button type="submit" class="primary">
          {t(submitKey)}
        </button>
        <button type="button" onClick={onCancel}>
          {t('phone.cancel')}
        </button>
      </div>
    </form>
  );
}
