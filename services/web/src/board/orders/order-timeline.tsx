import { browserTimeZone } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { Label } from '../shared/label';
import { TIMELINE_EVENT } from '../shared/labels';
import type { TimelineEntry } from './order-detail-api';

/** Every event that touched the order, newest first: what happened in the reader's words, the API's one-line summary beside it. */
export function OrderTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t, dateTime } = useI18n();
  const timeZone = browserTimeZone();
  if (entries.length === 0) return <p>{t('order.timeline.none')}</p>;
  return (
    <ol class="timeline">
      {[...entries].reverse().map((entry) => (
        <li key={entry.eventId} data-event-type={entry.type}>
          <time dateTime={entry.recordedAt}>{dateTime(entry.recordedAt, timeZone)}</time>
          <span class="timeline-what">
            <strong>
              <Label labels={TIMELINE_EVENT} code={entry.type} />
            </strong>
            {entry.poId !== null && <span class="hint"> {entry.lineNo === null ? entry.poId : t('order.tree.poLine', { poId: entry.poId, lineNo: entry.lineNo })}</span>}
          </span>
          <span class="timeline-summary" lang="en">
            {entry.summary}
          </span>
        </li>
      ))}
    </ol>
  );
}
