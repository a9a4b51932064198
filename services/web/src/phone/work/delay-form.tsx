import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { calendarDateIn, isCalendarDate } from '../shared/calendar';
import { delayReasonLabel } from '../shared/labels';
import { DELAY_REASON_CODES, type DelayReasonCode } from './work-items';

/** A delay: why (one of the API's short list of reasons), the new expected date (today at the workshop by default), and a note if need be. */
export function DelayForm({
  id,
  timeZone,
  onSubmit,
  onCancel,
}: {
  id: string;
  timeZone: string;
  onSubmit: (delay: { reason: DelayReasonCode; eta: string; note?: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const today = calendarDateIn(timeZone, new Date());
  const [reason, setReason] = useState<DelayReasonCode | null>(null);
  const [eta, setEta] = useState(today);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const reasonMissing = tried && reason === null;
  const dateWrong = tried && !isCalendarDate(eta);
  return (
    <form
      id={id}
      class="panel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (reason !== null && isCalendarDate(eta)) onSubmit({ reason, eta, ...(note.trim() ? { note: note.trim() } : {}) });
      }}
    >
      <fieldset class="choices" aria-describedby={reasonMissing ? `${id}-reason-problem` : undefined}>
        <legend>{t('phone.delay.legend')}</legend>
        {reasonMissing && (
          <p id={`${id}-reason-problem`} class="field-error">
            {t('phone.delay.noReason')}
          </p>
        )}
        {DELAY_REASON_CODES.map((code) => (
          <label key={code} class="choice">
            <input type="radio" name={`${id}-reason`} value={code} checked={reason === code} onChange={() => setReason(code)} />
            <span>{delayReasonLabel(t, code)}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`${id}-eta`}>{t('phone.delay.eta')}</label>
        <input
          id={`${id}-eta`}
          type="date"
          required
          min={today}
          value={eta}
          aria-invalid={dateWrong || undefined}
          aria-describedby={dateWrong ? `${id}-eta-problem` : undefined}
          onInput={(event) => setEta(event.currentTarget.value)}
        />
        {dateWrong && (
          <p id={`${id}-eta-problem`} class="field-error">
            {t('phone.delay.badDate')}
          </p>
        )}
      </div>
      <div class="field">
        <label for={`${id}-note`}>{t('phone.delay.note')}</label>
        <input id={`${id}-note`} type="text" maxLength={500} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </div>
      <div class="form-actions">
        <button type="submit" class="primary">
          {t('phone.delay.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('phone.cancel')}
        </button>
      </div>
    </form>
  );
}
