import { useI18n } from '../../i18n/i18n-context';
import type { Feedback } from './feedback';
import { actionLabel } from '../shared/labels';

/** Whether the taps on this item are waiting, on their way, or recorded: in words, beside the item's status. */
export function TapBadge({ feedback }: { feedback: Feedback }) {
  const { t } = useI18n();
  if (feedback.sending) return <span class="badge tap-sending">{t('phone.badge.sending')}</span>;
  if (feedback.waiting > 0) {
    return (
      <span class="badge tap-waiting" data-tap="waiting">
        {feedback.waiting > 1 ? t('phone.badge.waitingCount', { count: feedback.waiting }) : t('phone.badge.waiting')}
      </span>
    );
  }
  if (feedback.note?.kind === 'sent') {
    return (
      <span class="badge tap-sent" data-tap="sent">
        {t('phone.badge.sent')}
      </span>
    );
  }
  return null;
}

/** A refused tap, next to its item: what was tapped, what the API said, and each field it named. */
export function Refusal({ feedback, onDismiss }: { feedback: Feedback; onDismiss: () => void }) {
  const { t } = useI18n();
  const note = feedback.note;
  if (note?.kind !== 'refused') return null;
  const why = note.error.kind === 'forbidden' ? t('phone.refused.forbidden') : note.error.kind === 'not-found' ? t('phone.refused.notFound') : null;
  return (
    <div class="error refusal" role="alert">
      <p>
        {t('phone.refused', { action: actionLabel(t, note.command) })}
        {why && ` ${why}`}
      </p>
      {/* The API explains itself in English, naming the field and the rule. */}
      <p lang="en">{note.error.message}</p>
      {note.fields.length > 0 && (
        <ul lang="en">
          {note.fields.map((field) => (
            <li key={field.field}>
              <code>{field.field}</code> {field.rule} (allowed: {field.allowed})
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onDismiss}>
        {t('phone.dismiss')}
      </button>
    </div>
  );
}
