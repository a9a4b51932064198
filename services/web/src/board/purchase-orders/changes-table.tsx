import { useI18n } from '../../i18n/i18n-context';
import { lineChangesOf, type QueuedPurchaseOrder } from './purchase-order-queue';

/** A pending change line by line: what the order says now and what it would say, unchanged values marked as such. */
export function ChangesTable({ order, caption }: { order: QueuedPurchaseOrder; caption: string }) {
  const { t, calendarDate } = useI18n();
  const changes = lineChangesOf(order);
  const unchanged = <span class="hint">{t('board.po.unchanged')}</span>;
  return (
    <table class="changes">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('board.rfq.line')}</th>
          <th scope="col">{t('board.po.quantityChange')}</th>
          <th scope="col">{t('board.po.dueChange')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.lineNo} data-line-no={change.lineNo}>
            <th scope="row">{t('board.rfq.lineNumber', { lineNo: change.lineNo, part: change.partNumber ?? '' })}</th>
            <td data-field="quantity-change">
              {change.quantity.to === null ? unchanged : t('board.po.fromTo', { from: change.quantity.from ?? '—', to: change.quantity.to })}
            </td>
            <td data-field="due-change">
              {change.dueDate.to === null
                ? unchanged
                : t('board.po.fromTo', { from: change.dueDate.from === null ? '—' : calendarDate(change.dueDate.from), to: calendarDate(change.dueDate.to) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
