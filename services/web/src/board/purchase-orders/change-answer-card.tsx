import { useState } from 'preact/hooks';
import { browserTimeZone } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { ActionError } from '../shared/action-error';
import { ChangesTable } from './changes-table';
import { answerChange, type BoardPurchaseOrder, type ChangeAnswer } from './purchase-orders-api';
import { waitingOn } from './purchase-order-queue';
import { routeHref } from '../routes';
import { useAction } from '../shared/use-action';

interface Props {
  readonly apiKey: string;
  readonly order: BoardPurchaseOrder;
  readonly nameOf: (id: string) => string;
  readonly onAnswered: (poId: string, accepted: boolean) => void;
  readonly onUnauthenticated: () => void;
}

/** A change a supplier proposes (on acceptance, or later on an accepted order), with the lead's accept or reject. */
export function ChangeAnswerCard({ apiKey, order, nameOf, onAnswered, onUnauthenticated }: Props) {
  const { t, dateTime } = useI18n();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const action = useAction((answer: ChangeAnswer, key: string) => answerChange(apiKey, answer, key), onUnauthenticated);
  const proposal = waitingOn(order) === 'proposal';
  const changeId = order.pendingChange?.changeId ?? null;
  const headingId = `po-${order.poId}-heading`;
  const reasonId = `po-${order.poId}-reason`;

  const accept = () => {
    const answer: ChangeAnswer | null = proposal ? { kind: 'accept-proposal', poId: order.poId } : changeId === null ? null : { kind: 'accept-change', poId: order.poId, changeId };
    if (answer !== null) void action.run(answer).then((done) => done && onAnswered(order.poId, true));
  };
  const reject = () => {
    const text = reason.trim();
    setReasonMissing(text === '');
    if (text === '') return;
    const answer: ChangeAnswer | null = proposal
      ? { kind: 'reject-proposal', poId: order.poId, reason: text }
      : changeId === null
        ? null
        : { kind: 'reject-change', poId: order.poId, changeId, reason: text };
    if (answer !== null) void action.run(answer).then((done) => done && onAnswered(order.poId, false));
  };

  return (
    <article class="card po-card" aria-labelledby={headingId} data-po-id={order.poId}>
      <h4 id={headingId}>
        {t('board.po.cardHeading', { poId: order.poId, supplier: nameOf(order.supplierId) })}
        <span class="badge waiting">{proposal ? t('board.po.waiting.proposal') : t('board.po.waiting.supplierRequest')}</span>
      </h4>
      <p class="hint">
        {t('board.po.forOrder')} <a href={routeHref({ view: 'order', orderId: order.customerOrderId, asOf: null })}>{order.customerOrderId}</a> ·{' '}
        {t('board.po.updatedAt', { moment: dateTime(order.updatedAt, browserTimeZone()) })}
      </p>
      {order.pendingChange?.reason && (
        <p>
          {t('board.po.reason', { reason: order.pendingChange.reason })}
        </p>
      )}
      {order.pendingChange ? <ChangesTable order={order} caption={t('board.po.changesCaption', { poId: order.poId })} /> : <p class="hint">{t('board.po.changesUnknown')}</p>}
      {action.state.state === 'failed' && <ActionError error={action.state.error} />}
      {action.state.state === 'done' ? (
        <p class="hint">{t('board.po.answerSent')}</p>
      ) : !rejecting ? (
        <div class="actions">
          <button type="button" class="primary" onClick={accept} disabled={action.state.state === 'sending'} aria-describedby={headingId}>
            {t('board.po.accept')}
          </button>
          <button type="button" onClick={() => setRejecting(true)} disabled={action.state.state === 'sending'} aria-describedby={headingId}>
            {t('board.po.reject')}
          </button>
        </div>
      ) : (
        <form
          class="reject-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            reject();
          }}
        >
          <div class="field">
            <label for={reasonId}>{t('board.po.rejectReason')}</label>
            <textarea
              id={reasonId}
              rows={2}
              maxLength={500}
              value={reason}
              aria-invalid={reasonMissing ? true : undefined}
              aria-describedby={reasonMissing ? `${reasonId}-problem` : undefined}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
            {reasonMissing && (
              <p id={`${reasonId}-problem`} class="error" role="alert">
                {t('board.po.rejectReasonMissing')}
              </p>
            )}
          </div>
          <div class="actions">
            <button type="submit" class="danger" disabled={action.state.state === 'sending'}>
              {t('board.po.rejectConfirm')}
            </button>
            <button type="button" onClick={() => setRejecting(false)}>
              {t('board.po.rejectCancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
