import type { Client } from 'graphql-ws';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { ApiErrorMessage } from '../../ui/api-error-message';
import { DelayReasons } from './delay-reasons';
import { loadViewer, watchLateItems, type LateItem } from './late-items-api';
import { routeHref } from '../routes';
import { useCompanyNames } from '../shared/use-company-names';
import { useLoad } from '../shared/use-load';

/** The lead's late parts across its open orders, worst first, kept current by `lateItemsChanged`. */
export function LateItemsPanel({ apiKey, client, onUnauthenticated }: { apiKey: string; client: Client | null; onUnauthenticated: () => void }) {
  const { t, calendarDate } = useI18n();
  const viewer = useLoad(apiKey, (signal) => loadViewer(apiKey, signal), onUnauthenticated);
  const [items, setItems] = useState<readonly LateItem[] | null>(null);
  const [refused, setRefused] = useState(false);
  const leadId = viewer.load.state === 'loaded' ? viewer.load.value.companyId : null;
  useEffect(() => {
    if (client === null || leadId === null) return undefined;
    setRefused(false);
    return watchLateItems(client, leadId, setItems, () => setRefused(true));
  }, [client, leadId]);
  const nameOf = useCompanyNames(apiKey, (items ?? []).flatMap((item) => item.delayReasons.map((reason) => reason.workshopId)));

  return (
    <section aria-labelledby="late-items-heading" class="late-items">
      <h3 id="late-items-heading">{t('board.lateItems.heading')}</h3>
      {viewer.load.state === 'failed' && <ApiErrorMessage error={viewer.load.error} onRetry={viewer.reload} />}
      {refused && items === null && <p>{t('board.lateItems.unavailable')}</p>}
      {viewer.load.state !== 'failed' && !refused && items === null && <p class="hint">{t('status.loading')}</p>}
      {items !== null && items.length === 0 && <p>{t('board.lateItems.none')}</p>}
      {items !== null && items.length > 0 && (
        <ul class="late-item-list">
          {items.map((item) => (
            <li key={`${item.orderId}:${item.nodeId}`} data-late-item={`${item.orderId}:${item.nodeId}`}>
              <p class="late-item-title">
                <a href={routeHref({ view: 'order', orderId: item.orderId, asOf: null })}>{item.orderId}</a> <strong>{item.partNumber}</strong> {item.description}
                <span class="badge late">{t('order.daysLate', { days: item.daysLate })}</span>
                {item.blocked && <span class="badge blocked">{t('order.blocked')}</span>}
              </p>
              <p class="hint">
                {t('board.lateItems.dates', { eta: calendarDate(item.eta), due: calendarDate(item.dueDate) })}
                {item.holdsUp.length > 0 && <> · {t('board.lateItems.holdsUp', { parts: item.holdsUp.map((node) => node.partNumber).join(' → ') })}</>}
              </p>
              <DelayReasons reasons={item.delayReasons} nameOf={nameOf} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
