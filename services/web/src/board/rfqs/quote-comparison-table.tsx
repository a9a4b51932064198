import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/i18n-context';
import { formatMoney } from '../shared/money';
import type { LineComparison } from './quote-comparison';
import type { RfqLine } from './rfq-api';

/** One RFQ line's quotes side by side, a column per workshop; the cheapest and fastest are said in words. */
export function QuoteComparisonTable({ comparison, workshops, nameOf }: { comparison: LineComparison<RfqLine>; workshops: readonly string[]; nameOf: (id: string) => string }) {
  const { t, locale, calendarDate } = useI18n();
  const { line, cells } = comparison;
  const row = (label: string, render: (cell: NonNullable<(typeof cells)[number]>) => ComponentChildren) => (
    <tr>
      <th scope="row">{label}</th>
      {cells.map((cell, index) => (
        <td key={workshops[index]}>{cell === null ? <span class="hint">{t('board.rfq.noQuote')}</span> : render(cell)}</td>
      ))}
    </tr>
  );
  return (
    <div class="table-scroll">
      <table class="quote-comparison" data-line-no={line.lineNo}>
        <caption>
          {t('board.rfq.lineCaption', { lineNo: line.lineNo, part: line.partNumber, description: line.description })}
          <span class="caption-hint">{t('board.rfq.lineAsk', { quantity: line.quantity, due: calendarDate(line.dueDate) })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('board.rfq.item')}</th>
            {workshops.map((workshopId) => (
              <th scope="col" key={workshopId} data-workshop-id={workshopId}>
                {nameOf(workshopId)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row(t('board.rfq.unitPrice'), (cell) => (
            <>
              <span data-field="unit-price">{formatMoney(cell.unitPrice, locale)}</span>
              {cell.cheapest && <span class="badge best">{t('board.rfq.cheapest')}</span>}
            </>
          ))}
          {row(t('board.rfq.total', { quantity: line.quantity }), (cell) => (cell.total === null ? '—' : formatMoney(cell.total, locale)))}
          {row(t('board.rfq.leadTime'), (cell) => (
            <>
              <span data-field="lead-time">{t('board.rfq.days', { days: cell.leadTimeDays })}</span>
              {cell.fastest && <span class="badge best">{t('board.rfq.fastest')}</span>}
            </>
          ))}
          {row(t('board.rfq.readyBy'), (cell) => calendarDate(cell.readyBy))}
          {row(t('board.rfq.againstDue'), (cell) =>
            cell.daysAgainstDue > 0 ? (
              <span class="days-late" data-field="against-due">
                {t('board.rfq.lateBy', { days: cell.daysAgainstDue })}
              </span>
            ) : (
              <span data-field="against-due">{cell.daysAgainstDue === 0 ? t('board.rfq.onDue') : t('board.rfq.spare', { days: -cell.daysAgainstDue })}</span>
            ),
          )}
          {row(t('board.rfq.note'), (cell) => cell.note ?? '—')}
          {row(t('board.rfq.quote'), (cell) => t('board.rfq.quoteRevision', { quoteId: cell.quoteId, revision: cell.quoteRevision }))}
        </tbody>
      </table>
    </div>
  );
}
