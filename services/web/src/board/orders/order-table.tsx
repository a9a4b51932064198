import { browserTimeZone } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import type { BoardOrder } from './customer-orders';
import { EtaAgainstDue } from './due-against';
import { Progress } from './progress';
import { routeHref } from '../routes';

/** One row per customer order, in the order given (the board gives them late first). */
export function OrderTable({ orders }: { orders: readonly BoardOrder[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const timeZone = browserTimeZone();
  return (
    <div class="table-scroll">
      <table class="orders">
        <caption>
          {t('board.orders.caption', { count: orders.length })}
          <span class="caption-hint">{t('board.orders.sorted')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('board.column.order')}</th>
            <th scope="col">{t('board.column.customer')}</th>
            <th scope="col">{t('board.column.status')}</th>
            <th scope="col">{t('board.column.progress')}</th>
            <th scope="col">{t('board.column.eta')}</th>
            <th scope="col">{t('board.column.due')}</th>
            <th scope="col">{t('board.column.placed')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.orderId} data-order-id={order.orderId} class={order.late ? 'is-late' : undefined}>
              <th scope="row">
                <a href={routeHref({ view: 'order', orderId: order.orderId, asOf: null })}>{order.orderId}</a>
              </th>
              <td>{[order.customerName, order.customerRef].filter((part) => part).join(' / ') || '—'}</td>
              <td data-field="status">
                {order.status === 'closed' ? t('order.status.closed') : t('order.status.open')}
                {order.late && <span class="badge late">{t('order.late')}</span>}
                {order.blocked && <span class="badge blocked">{t('order.blocked')}</span>}
              </td>
              <td data-field="progress">
                <Progress percent={order.percentComplete} />
              </td>
              <td data-field="eta">
                <EtaAgainstDue eta={order.eta} dueDate={order.dueDate} />
              </td>
              <td class="date">{order.dueDate === null ? t('order.noDate') : i18n.calendarDate(order.dueDate)}</td>
              <td>{i18n.dateTime(order.placedAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
