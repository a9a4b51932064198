import { useEffect } from 'preact/hooks';
import { browserTimeZone } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { ApiErrorMessage } from '../../ui/api-error-message';
import { recordedBy } from './as-of';
import { AsOfPicker } from './as-of-picker';
import { EtaAgainstDue } from './due-against';
import { loadOrderDetail, loadTimeline, watchOrderDetail, type OrderDetail } from './order-detail-api';
import { OrderTimeline } from './order-timeline';
import { OrderTreeTable } from './order-tree-table';
import { Progress } from './progress';
import { routeHref } from '../routes';
import { useCompanyNames } from '../shared/use-company-names';
import { useLoad } from '../shared/use-load';
import { LIVE_MESSAGES, useLiveClient } from '../shared/use-live';
import { navigate } from '../use-route';

interface Props {
  readonly apiKey: string;
  readonly onUnauthenticated: () => void;
  readonly orderId: string;
  /** A past moment to show the order at; null for the live present. */
  readonly asOf: string | null;
}

/** One customer order end to end: its tree across tiers, kept live by `orderChanged`, its timeline, and any past moment. */
export function OrderDetailView({ apiKey, onUnauthenticated, orderId, asOf }: Props) {
  const { t, dateTime, calendarDate, locale } = useI18n();
  const timeZone = browserTimeZone();
  const detail = useLoad<OrderDetail | null>(`${orderId}@${asOf ?? 'now'}`, (signal) => loadOrderDetail(apiKey, orderId, asOf, signal), onUnauthenticated);
  const timeline = useLoad(orderId, (signal) => loadTimeline(apiKey, orderId, signal), onUnauthenticated);
  const { client, live } = useLiveClient(apiKey, asOf === null);
  const { update } = detail;
  const reloadTimeline = timeline.reload;
  useEffect(() => {
    if (client === null) return undefined;
    return watchOrderDetail(client, orderId, (changed) => {
      update(() => changed);
      reloadTimeline();
    });
  }, [client, orderId, update, reloadTimeline]);

  const order = detail.load.state === 'loaded' ? detail.load.value : null;
  const nameOf = useCompanyNames(apiKey, order?.nodes.flatMap((node) => [...node.assignments.map((assignment) => assignment.supplierId), ...node.delayReasons.map((reason) => reason.workshopId)]) ?? []);
  const pick = (moment: string | null) => navigate({ view: 'order', orderId, asOf: moment });

  return (
    <section aria-labelledby="order-heading" class={asOf === null ? 'order-detail' : 'order-detail is-past'}>
      <p class="back-link">
        <a href={routeHref({ view: 'orders' })}>{t('order.backToList')}</a>
      </p>
      <h2 id="order-heading" tabIndex={-1} data-view-heading>
        {t('order.heading', { orderId })}
        {order && (order.customerName || order.customerRef) && <span class="heading-sub">{[order.customerName, order.customerRef].filter((part) => part).join(' / ')}</span>}
      </h2>
      {asOf !== null ? (
        <div class="past-banner" role="status" data-as-of={asOf}>
          <strong>{t('order.asOf.pastView', { moment: momentToTheSecond(asOf, locale, timeZone) })}</strong> {t('order.asOf.notLive')}
        </div>
      ) : (
        <div class="toolbar">
          <p role="status" class="status-line" data-live={live}>
            {t(LIVE_MESSAGES[live])}
          </p>
        </div>
      )}
      <AsOfPicker key={asOf ?? 'now'} asOf={asOf} onPick={pick} />
      {detail.load.state === 'loading' && <p role="status">{t('status.loading')}</p>}
      {detail.load.state === 'failed' && <ApiErrorMessage error={detail.load.error} onRetry={detail.reload} />}
      {detail.load.state === 'loaded' && order === null && (
        <p role="alert" class="error">
          {asOf === null ? t('order.notFound', { orderId }) : t('order.notFoundAsOf', { orderId })}
        </p>
      )}
      {order && (
        <>
          <dl class="facts order-facts">
            <dt>{t('board.column.status')}</dt>
            <dd data-field="order-status">
              {order.status === 'closed' ? t('order.status.closed') : t('order.status.open')}
              {order.late && <span class="badge late">{t('order.late')}</span>}
              {order.blocked && <span class="badge blocked">{t('order.blocked')}</span>}
            </dd>
            <dt>{t('board.column.progress')}</dt>
            <dd data-field="order-progress">
              <Progress percent={order.percentComplete} />
            </dd>
            <dt>{t('board.column.eta')}</dt>
            <dd data-field="order-eta">
              <EtaAgainstDue eta={order.eta} dueDate={order.dueDate} late={order.late} />
            </dd>
            <dt>{t('board.column.due')}</dt>
            <dd>{order.dueDate === null ? t('order.noDate') : calendarDate(order.dueDate)}</dd>
            <dt>{t('order.product')}</dt>
            <dd>{t('order.productRevision', { productId: order.productId, revision: order.bomRevision })}</dd>
            <dt>{t('board.column.placed')}</dt>
            <dd>{dateTime(order.placedAt, timeZone)}</dd>
          </dl>
          <OrderTreeTable nodes={order.nodes} nameOf={nameOf} />
        </>
      )}
      <section aria-labelledby="timeline-heading" class="timeline-section">
        <h3 id="timeline-heading">{t('order.timeline.heading')}</h3>
        {timeline.load.state === 'loading' && <p class="hint">{t('status.loading')}</p>}
        {timeline.load.state === 'failed' && <ApiErrorMessage error={timeline.load.error} onRetry={timeline.reload} />}
        {timeline.load.state === 'loaded' && <OrderTimeline entries={recordedBy(timeline.load.value ?? [], asOf)} />}
      </section>
    </section>
  );
}

/** The moment of a past view as precisely as it was picked: to the second. */
function momentToTheSecond(moment: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(new Date(moment));
}
