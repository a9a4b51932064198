import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n-context';
import { ListFrame } from '../shared/list-state';
import { formatMoney } from '../shared/money';
import { changeToAnswer, orderStage, type PhoneOrder } from './purchase-orders';
import { ReasonForm } from '../shared/reason-form';
import { Refusal } from '../outbox/tap-feedback';
import { DealCardHead } from '../shared/deal-card-head';
import type { TapContext } from '../workbench';

const STAGE_ORDER = { 'to-acknowledge': 0, 'change-to-answer': 1, 'awaiting-buyer': 2, accepted: 3, closed: 4 } as const;

/** Purchase orders to the workshop: those waiting for its answer first, then those waiting for the buyer, then those running. */
export function OrderList({ orders, error, truncated, context, onRetry }: { orders: readonly PhoneOrder[] | null; error: ApiError | null; truncated: boolean; context: TapContext; onRetry: () => void }) {
  const ordered = orders === null ? null : [...orders].sort((a, b) => STAGE_ORDER[orderStage(a, context.companyId)] - STAGE_ORDER[orderStage(b, context.companyId)]);
  return (
    <ListFrame heading="phone.orders.heading" empty="phone.orders.none" count={ordered?.length ?? null} error={error} truncated={truncated} onRetry={onRetry}>
      <ul class="cards" role="list">
        {ordered?.map((order) => (
          <li key={order.poId}>
            <OrderCard order={order} context={context} />
          </li>
        ))}
      </ul>
    </ListFrame>
  );
}

type Panel = 'reject' | 'reject-change' | null;

function OrderCard({ order, context }: { order: PhoneOrder; context: TapContext }) {
  const i18n = useI18n();
  const { t } = i18n;
  const subject = `order:${order.poId}` as const;
  const feedback = context.feedback(subject);
  const stage = orderStage(order, context.companyId);
  const change = changeToAnswer(order, context.companyId);
  const [panel, setPanel] = useState<Panel>(null);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const id = `order-${order.poId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const close = () => {
    setPanel(null);
    rejectButton.current?.focus();
  };
  const stageText = order.status === 'Rejected' ? t('phone.order.stage.rejected') : t(`phone.order.stage.${stage}`);

  return (
    <article class="card order" aria-labelledby={`${id}-title`} data-order={order.poId}>
      <DealCardHead
        id={id}
        title={order.poId}
        stage={stage}
        stageText={stageText}
        feedback={feedback}
        facts={[
          { label: t('phone.order.from'), value: context.companyName(order.buyerId) },
          { label: t('phone.order.issued'), value: <time dateTime={order.issuedAt}>{i18n.dateTime(order.issuedAt, context.timeZone)}</time> },
        ]}
      />
      <ol class="lines">
        {order.lines.map((line) => (
          <li key={line.lineNo}>
            <p class="line-title">
              <strong>{line.partNumber}</strong>
            </p>
            <p class="line-facts">{t('phone.order.lineFacts', { quantity: line.quantity, due: i18n.calendarDate(line.dueDate) })}</p>
            {line.unitPrice && <p class="line-facts">{t('phone.order.unitPrice', { price: formatMoney(line.unitPrice, i18n.locale) })}</p>}
          </li>
        ))}
      </ol>
      {order.pendingChange && (
        <div class="change">
          <p class="change-title">{change ? t('phone.order.change.requested') : t('phone.order.change.proposed')}</p>
          <ul>
            {order.pendingChange.lines.map((line) => {
              const current = order.lines.find((candidate) => candidate.lineNo === line.lineNo);
              return (
                <li key={line.lineNo}>
                  {line.quantity !== null && t('phone.order.change.quantity', { lineNo: String(line.lineNo), from: current?.quantity ?? '—', to: line.quantity })}
                  {line.quantity !== null && line.dueDate !== null && ' · '}
                  {line.dueDate !== null &&
                    t('phone.order.change.dueDate', { lineNo: String(line.lineNo), from: current ? i18n.calendarDate(current.dueDate) : '—', to: i18n.calendarDate(line.dueDate) })}
                </li>
              );
            })}
          </ul>
          {order.pendingChange.reason && <p>{t('phone.order.change.reason', { reason: order.pendingChange.reason })}</p>}
        </div>
      )}
      {stage === 'to-acknowledge' && (
        <div class="secondary-actions">
          <button type="button" class="primary" aria-describedby={`${id}-title`} onClick={() => context.tap({ type: 'accept-order', orderId: order.poId })}>
            {t('phone.order.accept')}
          </button>
          <button
            ref={rejectButton}
            type="button"
            aria-describedby={`${id}-title`}
            aria-expanded={panel === 'reject'}
            aria-controls={panel === 'reject' ? `${id}-reject` : undefined}
            onClick={() => setPanel(panel === 'reject' ? null : 'reject')}
          >
            {t('phone.order.reject')}
          </button>
        </div>
      )}
      {change && (
        <div class="secondary-actions">
          <button type="button" class="primary" aria-describedby={`${id}-title`} onClick={() => context.tap({ type: 'accept-change', orderId: order.poId, changeId: change.changeId })}>
            {t('phone.order.acceptChange')}
          </button>
          <button
            ref={rejectButton}
            type="button"
            aria-describedby={`${id}-title`}
            aria-expanded={panel === 'reject-change'}
            aria-controls={panel === 'reject-change' ? `${id}-reject-change` : undefined}
            onClick={() => setPanel(panel === 'reject-change' ? null : 'reject-change')}
          >
            {t('phone.order.rejectChange')}
          </button>
        </div>
      )}
      {stage === 'to-acknowledge' && panel === 'reject' && (
        <ReasonForm
          id={`${id}-reject`}
          submitKey="phone.order.rejectSubmit"
          onSubmit={(reason) => {
            context.tap({ type: 'reject-order', orderId: order.poId, reason });
            close();
          }}
          onCancel={close}
        />
      )}
      {change && panel === 'reject-change' && (
        <ReasonForm
          id={`${id}-reject-change`}
          submitKey="phone.order.rejectChangeSubmit"
          onSubmit={(reason) => {
            context.tap({ type: 'reject-change', orderId: order.poId, changeId: change.changeId, reason });
            close();
          }}
          onCancel={close}
        />
      )}
      <Refusal feedback={feedback} onDismiss={() => context.dismiss(subject)} />
    </article>
  );
}
