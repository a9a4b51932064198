import { useI18n } from '../../i18n/i18n-context';
import { Label } from '../shared/label';
import { DELAY_REASON } from '../shared/labels';
import type { DelayReason } from './order-detail-api';

/** What the workshops said of a delay, each on its own line: reason, their note, the new ETA, who and which order line. */
export function DelayReasons({ reasons, nameOf }: { reasons: readonly DelayReason[]; nameOf: (companyId: string) => string }) {
  const { t, calendarDate } = useI18n();
  if (reasons.length === 0) return null;
  return (
    <ul class="delay-reasons">
      {reasons.map((reason) => (
        <li key={`${reason.poId}:${reason.lineNo}:${reason.workshopId}`}>
          <span class="delay-label">{reason.blocked ? t('order.delay.blocked') : t('order.delay.reason')}</span>{' '}
          <strong data-field="reason">
            <Label labels={DELAY_REASON} code={reason.reasonCode} />
          </strong>
          {reason.note && <span class="delay-note">「{reason.note}」</span>}
          {reason.eta && <span class="delay-eta">{t('order.delay.newEta', { date: calendarDate(reason.eta) })}</span>}
          <span class="delay-source">{t('order.delay.source', { workshop: nameOf(reason.workshopId), poId: reason.poId, lineNo: reason.lineNo })}</span>
        </li>
      ))}
    </ul>
  );
}
