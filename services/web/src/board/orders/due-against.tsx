import { useI18n } from '../../i18n/i18n-context';
import { daysLate } from '../shared/calendar';

/** An ETA as a date, with how many days it lies past the due date said in words (never by colour alone). */
export function EtaAgainstDue({ eta, dueDate, late }: { eta: string | null; dueDate: string | null; late?: boolean }) {
  const { t, calendarDate } = useI18n();
  const days = daysLate(eta, dueDate);
  return (
    <>
      <span class="date">{eta === null ? t('order.noDate') : calendarDate(eta)}</span>
      {days !== null && days > 0 ? (
        <span class="days-late">{t('order.daysLate', { days })}</span>
      ) : (
        late && <span class="days-late">{t('order.late')}</span>
      )}
    </>
  );
}
