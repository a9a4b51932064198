import { browserTimeZone } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { ApiErrorMessage } from '../../ui/api-error-message';
import { Label } from '../shared/label';
import { RFQ_STATUS } from '../shared/labels';
import { loadRfqs } from './rfq-api';
import { decisionsFirst } from './rfq-order';
import { routeHref } from '../routes';
import { useLoad } from '../shared/use-load';

/** The lead's requests for quotation, those waiting for a decision first. */
export function RfqListView({ apiKey, onUnauthenticated }: { apiKey: string; onUnauthenticated: () => void }) {
  const { t, dateTime } = useI18n();
  const timeZone = browserTimeZone();
  const { load, reload } = useLoad(apiKey, (signal) => loadRfqs(apiKey, signal), onUnauthenticated);
  return (
    <section aria-labelledby="rfqs-heading">
      <h2 id="rfqs-heading" tabIndex={-1} data-view-heading>
        {t('board.rfqs.heading')}
      </h2>
      <div class="toolbar">
        <button type="button" onClick={reload}>
          {t('board.refresh')}
        </button>
      </div>
      {load.state === 'loading' && <p role="status">{t('status.loading')}</p>}
      {load.state === 'failed' && <ApiErrorMessage error={load.error} onRetry={reload} />}
      {load.state === 'loaded' && load.value.rfqs.length === 0 && <p>{t('board.rfqs.none')}</p>}
      {load.state === 'loaded' && load.value.rfqs.length > 0 && (
        <div class="table-scroll">
          <table class="rfqs">
            <caption>
              {t('board.rfqs.caption', { count: load.value.rfqs.length })}
              <span class="caption-hint">{t('board.rfqs.sorted')}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('board.rfqs.column.rfq')}</th>
                <th scope="col">{t('board.rfqs.column.status')}</th>
                <th scope="col">{t('board.rfqs.column.parts')}</th>
                <th scope="col">{t('board.rfqs.column.answers')}</th>
                <th scope="col">{t('board.rfqs.column.deadline')}</th>
                <th scope="col">{t('board.rfqs.column.order')}</th>
                <th scope="col">{t('board.rfqs.column.issued')}</th>
              </tr>
            </thead>
            <tbody>
              {decisionsFirst(load.value.rfqs).map((rfq) => (
                <tr key={rfq.rfqId} data-rfq-id={rfq.rfqId}>
                  <th scope="row">
                    <a href={routeHref({ view: 'rfq', rfqId: rfq.rfqId })}>{rfq.rfqId}</a>
                  </th>
                  <td>
                    <Label labels={RFQ_STATUS} code={rfq.status} />
                  </td>
                  <td>{rfq.lines.map((line) => line.partNumber).join(', ')}</td>
                  <td>
                    {t('board.rfqs.answers', { quotes: rfq.quotes.length, invited: rfq.invited?.length ?? rfq.quotes.length + rfq.declines.length })}
                    {rfq.declines.length > 0 && <span class="cell-hint">{t('board.rfqs.declined', { count: rfq.declines.length })}</span>}
                  </td>
                  <td>{dateTime(rfq.answerDeadline, timeZone)}</td>
                  <td>{rfq.customerOrderId === null ? '—' : <a href={routeHref({ view: 'order', orderId: rfq.customerOrderId, asOf: null })}>{rfq.customerOrderId}</a>}</td>
                  <td>{dateTime(rfq.issuedAt, timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {load.state === 'loaded' && load.value.hasMore && <p class="hint">{t('board.rfqs.more', { count: load.value.rfqs.length })}</p>}
    </section>
  );
}
