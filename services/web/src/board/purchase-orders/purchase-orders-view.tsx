import { useState } from 'preact/hooks';
import { browserTimeZone } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { ApiErrorMessage } from '../../ui/api-error-message';
import { ChangeAnswerCard } from './change-answer-card';
import { ChangesTable } from './changes-table';
import { Label } from '../shared/label';
import { PURCHASE_ORDER_STATUS } from '../shared/labels';
import { loadPurchaseOrders, type BoardPurchaseOrder } from './purchase-orders-api';
import { queuesOf, waitingOn, type Waiting } from './purchase-order-queue';
import { routeHref } from '../routes';
import { useCompanyNames } from '../shared/use-company-names';
import { useCatchUp, useLoad } from '../shared/use-load';

/** The lead's purchase orders: what waits for its answer, what waits for the suppliers', and all of them. */
export function PurchaseOrdersView({ apiKey, onUnauthenticated }: { apiKey: string; onUnauthenticated: () => void }) {
  const { t } = useI18n();
  const { load, reload } = useLoad(apiKey, (signal) => loadPurchaseOrders(apiKey, signal), onUnauthenticated);
  const [answered, setAnswered] = useState<{ readonly poId: string; readonly accepted: boolean; readonly waiting: Waiting | null } | null>(null);
  const orders = load.state === 'loaded' ? load.value.orders : [];
  const nameOf = useCompanyNames(apiKey, orders.map((order) => order.supplierId));
  const queues = queuesOf(orders);
  const answeredOrder = answered === null ? undefined : orders.find((order) => order.poId === answered.poId);
  useCatchUp(answeredOrder !== undefined && waitingOn(answeredOrder) === answered?.waiting, load, reload);

  return (
    <section aria-labelledby="purchase-orders-heading">
      <h2 id="purchase-orders-heading" tabIndex={-1} data-view-heading>
        {t('board.po.heading')}
      </h2>
      <div class="toolbar">
        <button type="button" onClick={reload}>
          {t('board.refresh')}
        </button>
      </div>
      {answered && (
        <p role="status" class="success">
          {answered.accepted ? t('board.po.acceptedNotice', { poId: answered.poId }) : t('board.po.rejectedNotice', { poId: answered.poId })}
        </p>
      )}
      {load.state === 'loading' && <p role="status">{t('status.loading')}</p>}
      {load.state === 'failed' && <ApiErrorMessage error={load.error} onRetry={reload} />}
      {load.state === 'loaded' && (
        <>
          <section aria-labelledby="po-to-answer-heading" class="po-queue">
            <h3 id="po-to-answer-heading">{t('board.po.toAnswer', { count: queues.toAnswer.length })}</h3>
            {queues.toAnswer.length === 0 ? (
              <p>{t('board.po.toAnswerNone')}</p>
            ) : (
              <div class="po-cards">
                {queues.toAnswer.map((order) => (
                  <ChangeAnswerCard
                    key={order.poId}
                    apiKey={apiKey}
                    order={order}
                    nameOf={nameOf}
                    onUnauthenticated={onUnauthenticated}
                    onAnswered={(poId, accepted) => {
                      setAnswered({ poId, accepted, waiting: waitingOn(order) });
                      reload();
                    }}
                  />
                ))}
              </div>
            )}
          </section>
          <section aria-labelledby="po-unacknowledged-heading" class="po-queue">
            <h3 id="po-unacknowledged-heading">{t('board.po.unacknowledged', { count: queues.unacknowledged.length })}</h3>
            {queues.unacknowledged.length === 0 ? <p>{t('board.po.unacknowledgedNone')}</p> : <PurchaseOrderTable orders={queues.unacknowledged} nameOf={nameOf} caption={t('board.po.unacknowledgedCaption')} id="po-unacknowledged" />}
          </section>
          <section aria-labelledby="po-own-requests-heading" class="po-queue">
            <h3 id="po-own-requests-heading">{t('board.po.ownRequests', { count: queues.ownRequests.length })}</h3>
            {queues.ownRequests.length === 0 ? (
              <p>{t('board.po.ownRequestsNone')}</p>
            ) : (
              <div class="po-cards">
                {queues.ownRequests.map((order) => (
                  <article class="card po-card" key={order.poId} data-po-id={order.poId} aria-labelledby={`po-${order.poId}-request`}>
                    <h4 id={`po-${order.poId}-request`}>
                      {t('board.po.cardHeading', { poId: order.poId, supplier: nameOf(order.supplierId) })}
                      <span class="badge waiting">{t('board.po.waiting.ownRequest')}</span>
                    </h4>
                    {order.pendingChange?.reason && (
                      <p>
                        {t('board.po.reason', { reason: order.pendingChange.reason })}
                      </p>
                    )}
                    <ChangesTable order={order} caption={t('board.po.changesCaption', { poId: order.poId })} />
                  </article>
                ))}
              </div>
            )}
          </section>
          <section aria-labelledby="po-all-heading" class="po-queue">
            <h3 id="po-all-heading">{t('board.po.all')}</h3>
            {orders.length === 0 ? <p>{t('board.po.none')}</p> : <PurchaseOrderTable orders={orders} nameOf={nameOf} caption={t('board.po.allCaption', { count: orders.length })} id="po-all" />}
            {load.value.hasMore && <p class="hint">{t('board.po.more', { count: orders.length })}</p>}
          </section>
        </>
      )}
    </section>
  );
}

function PurchaseOrderTable({ orders, nameOf, caption, id }: { orders: readonly BoardPurchaseOrder[]; nameOf: (id: string) => string; caption: string; id: string }) {
  const { t, dateTime, calendarDate } = useI18n();
  const timeZone = browserTimeZone();
  return (
    <div class="table-scroll">
      <table class="purchase-orders" id={id}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.po.column.po')}</th>
            <th scope="col">{t('board.po.column.supplier')}</th>
            <th scope="col">{t('board.po.column.status')}</th>
            <th scope="col">{t('board.po.column.lines')}</th>
            <th scope="col">{t('board.po.column.order')}</th>
            <th scope="col">{t('board.po.column.issued')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.poId} data-po-id={order.poId}>
              <th scope="row">{order.poId}</th>
              <td>{nameOf(order.supplierId)}</td>
              <td data-field="po-status">
                <Label labels={PURCHASE_ORDER_STATUS} code={order.status} />
                {order.pendingChange && order.status === 'Accepted' && <span class="badge waiting">{t('board.po.changePending')}</span>}
              </td>
              <td>
                <ul class="plain">
                  {order.lines.map((line) => (
                    <li key={line.lineNo}>{t('board.po.lineSummary', { part: line.partNumber, quantity: line.quantity, due: calendarDate(line.dueDate) })}</li>
                  ))}
                </ul>
              </td>
              <td>
                <a href={routeHref({ view: 'order', orderId: order.customerOrderId, asOf: null })}>{order.customerOrderId}</a>
              </td>
              <td>{dateTime(order.issuedAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
