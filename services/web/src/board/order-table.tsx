import { browserTimeZone } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import type { BoardOrder } from './customer-orders';

export function OrderTable({ orders }: { orders: readonly BoardOrder[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const timeZone = browserTimeZone();
  const calendarDate = (value: string | null) => (value === null ? t('order.noDate') : i18n.calendarDate(value));
  return (
    <table>
      <caption>{t('board.orders.caption', { count: orders.length })}</caption>
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
          <tr key={order.orderId} data-order-id={order.orderId}>
            <th scope="row">{order.orderId}</th>
            <td>{[order.customerName, order.customerRef].filter((part) => part).join(' / ') || '—'}</td>
            <td data-field="status">
              {order.status === 'closed' ? t('order.status.closed') : t('order.status.open')}
              {order.late && <span class="badge late">{t('order.late')}</span>}
              {order.blocked && <span class="badge blocked">{t('order.blocked')}</span>}
            </td>
            <td class="number">{i18n.percent(order.percentComplete)}</td>
            <td>{calendarDate(order.eta)}</td>
            <td>{calendarDate(order.dueDate)}</td>
            <td>{i18n.dateTime(order.placedAt, timeZone)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
