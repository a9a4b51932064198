import { useState } from 'preact/hooks';
import { browserTimeZone } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { ApiErrorMessage } from '../../ui/api-error-message';
import { AwardForm } from './award-form';
import { todayIn } from '../shared/calendar';
import { Label } from '../shared/label';
import { RFQ_STATUS } from '../shared/labels';
import { formatMoney } from '../shared/money';
import { compareQuotes } from './quote-comparison';
import { loadRfq, type RfqDetail } from './rfq-api';
import { isAwardable } from './rfq-order';
import { routeHref } from '../routes';
import { useCompanyNames } from '../shared/use-company-names';
import { useCatchUp, useLoad } from '../shared/use-load';

/** One RFQ: its quotes compared line by line, the award, and who declined. */
export function RfqDetailView({ apiKey, onUnauthenticated, rfqId }: { apiKey: string; onUnauthenticated: () => void; rfqId: string }) {
  const { t, dateTime } = useI18n();
  const timeZone = browserTimeZone();
  const { load, reload } = useLoad<RfqDetail | null>(rfqId, (signal) => loadRfq(apiKey, rfqId, signal), onUnauthenticated);
  const [awarded, setAwarded] = useState(false);
  const rfq = load.state === 'loaded' ? load.value : null;
  useCatchUp(awarded && rfq !== null && isAwardable(rfq.status), rfq, reload);
  const nameOf = useCompanyNames(apiKey, rfq ? [...(rfq.invited ?? []), ...rfq.quotes.map((quote) => quote.workshopId), ...rfq.declines.map((decline) => decline.workshopId)] : []);

  return (
    <section aria-labelledby="rfq-heading">
      <p class="back-link">
        <a href={routeHref({ view: 'rfqs' })}>{t('board.rfq.backToList')}</a>
      </p>
      <h2 id="rfq-heading" tabIndex={-1} data-view-heading>
        {t('board.rfq.heading', { rfqId })}
      </h2>
      {load.state === 'loading' && <p role="status">{t('status.loading')}</p>}
      {load.state === 'failed' && <ApiErrorMessage error={load.error} onRetry={reload} />}
      {load.state === 'loaded' && rfq === null && (
        <p role="alert" class="error">
          {t('board.rfq.notFound', { rfqId })}
        </p>
      )}
      {awarded && (
        <p role="status" class="success">
          {t('board.rfq.awardedNotice')} <a href={routeHref({ view: 'purchase-orders' })}>{t('board.rfq.toPurchaseOrders')}</a>
        </p>
      )}
      {rfq && (
        <>
          <dl class="facts">
            <dt>{t('board.rfqs.column.status')}</dt>
            <dd data-field="rfq-status">
              <Label labels={RFQ_STATUS} code={rfq.status} />
            </dd>
            <dt>{t('board.rfqs.column.deadline')}</dt>
            <dd>{dateTime(rfq.answerDeadline, timeZone)}</dd>
            <dt>{t('board.rfqs.column.order')}</dt>
            <dd>{rfq.customerOrderId === null ? '—' : <a href={routeHref({ view: 'order', orderId: rfq.customerOrderId, asOf: null })}>{rfq.customerOrderId}</a>}</dd>
            <dt>{t('board.rfq.invited')}</dt>
            <dd>{(rfq.invited ?? []).map(nameOf).join('、') || '—'}</dd>
            {rfq.declines.length > 0 && (
              <>
                <dt>{t('board.rfq.declines')}</dt>
                <dd>
                  <ul class="plain">
                    {rfq.declines.map((decline) => (
                      <li key={decline.workshopId}>
                        {nameOf(decline.workshopId)}: {decline.reason}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {rfq.cancellation && (
              <>
                <dt>{t('board.rfq.cancelled')}</dt>
                <dd>
                  {dateTime(rfq.cancellation.cancelledAt, timeZone)}: {rfq.cancellation.reason}
                </dd>
              </>
            )}
          </dl>
          {rfq.awards.length > 0 && <AwardsTable rfq={rfq} nameOf={nameOf} />}
          {rfq.lines.some((line) => line.offers.length > 0) ? (
            <AwardForm
              apiKey={apiKey}
              rfqId={rfqId}
              comparison={compareQuotes(rfq.lines, todayIn(timeZone, new Date()))}
              awardable={isAwardable(rfq.status)}
              nameOf={nameOf}
              onAwarded={() => {
                setAwarded(true);
                reload();
              }}
              onUnauthenticated={onUnauthenticated}
            />
          ) : (
            <p>{t('board.rfq.noQuotesYet')}</p>
          )}
        </>
      )}
    </section>
  );
}

function AwardsTable({ rfq, nameOf }: { rfq: RfqDetail; nameOf: (id: string) => string }) {
  const { t, locale, calendarDate } = useI18n();
  return (
    <div class="table-scroll">
      <table class="awards">
        <caption>{t('board.rfq.awardsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.rfq.line')}</th>
            <th scope="col">{t('board.rfq.workshop')}</th>
            <th scope="col" class="number">
              {t('order.tree.quantity')}
            </th>
            <th scope="col">{t('board.rfq.unitPrice')}</th>
            <th scope="col">{t('board.rfq.leadTime')}</th>
            <th scope="col">{t('board.column.due')}</th>
          </tr>
        </thead>
        <tbody>
          {rfq.awards.map((award) => (
            <tr key={`${award.lineNo}:${award.workshopId}`} data-award={`${award.lineNo}:${award.workshopId}`}>
              <th scope="row">{t('board.rfq.lineNumber', { lineNo: award.lineNo, part: rfq.lines.find((line) => line.lineNo === award.lineNo)?.partNumber ?? '' })}</th>
              <td>{nameOf(award.workshopId)}</td>
              <td class="number">{award.quantity}</td>
              <td>{formatMoney(award.unitPrice, locale)}</td>
              <td>{t('board.rfq.days', { days: award.leadTimeDays })}</td>
              <td>{calendarDate(award.dueDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(rfq.unawardedLines ?? []).length > 0 && <p class="hint">{t('board.rfq.unawarded', { lines: (rfq.unawardedLines ?? []).join(', ') })}</p>}
    </div>
  );
}
