import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { CountsForm } from './counts-form';
import { DelayForm } from './delay-form';
import { delayReasonLabel, operationLabel, statusLabel } from '../shared/labels';
import { Refusal, TapBadge } from '../outbox/tap-feedback';
import type { TapContext } from '../workbench';
import { workItemKey, type MyWorkItem } from './work-items';
import { isDone, nextStepOf, reportCommand, type WorkTap } from './work-taps';

type Panel = 'counts' | 'delay' | null;

/** One line of work: what it is, when it is due, where it stands, and the taps that move it on, the biggest first. */
export function WorkItemCard({ item, context }: { item: MyWorkItem; context: TapContext }) {
  const i18n = useI18n();
  const { t } = i18n;
  const key = workItemKey(item);
  const subject = `work:${key}` as const;
  const feedback = context.feedback(subject);
  const [panel, setPanel] = useState<Panel>(null);
  const countsButton = useRef<HTMLButtonElement>(null);
  const delayButton = useRef<HTMLButtonElement>(null);
  const id = `work-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const done = isDone(item);
  const step = nextStepOf(item);
  const next = item.nextOperation;
  const operationText = next ? operationLabel(t, next) : null;

  const tap = (workTap: WorkTap) => context.tap(reportCommand(item, workTap, new Date().toISOString()));
  const close = (which: 'counts' | 'delay') => {
    setPanel(null);
    (which === 'counts' ? countsButton : delayButton).current?.focus();
  };
  const statusText = done ? t('phone.status.done') : item.status === 'completed' && next ? t('phone.status.betweenOperations') : statusLabel(t, item.status);

  return (
    <article class={`card work-item${done ? ' is-done' : ''}`} aria-labelledby={`${id}-title`} data-work-item={key}>
      <div class="card-head">
        <h3 id={`${id}-title`}>{item.partNumber ?? key}</h3>
        <p class="badges">
          <span class={`badge status-${done ? 'done' : item.status}`} data-field="status">
            {statusText}
          </span>
          <TapBadge feedback={feedback} />
        </p>
      </div>
      {item.description && <p class="description">{item.description}</p>}
      <dl class="item-facts">
        <div>
          <dt>{t('phone.work.quantity')}</dt>
          <dd>{item.quantity === null ? '—' : t('phone.pieces', { count: item.quantity })}</dd>
        </div>
        <div>
          <dt>{t('phone.work.due')}</dt>
          <dd>{item.dueDate ? i18n.calendarDate(item.dueDate) : '—'}</dd>
        </div>
        <div>
          <dt>{t('phone.work.counts')}</dt>
          <dd data-field="counts">{t('phone.work.countsValue', { good: item.qtyGood, scrap: item.qtyScrap })}</dd>
        </div>
        {item.eta && (
          <div>
            <dt>{t('phone.work.eta')}</dt>
            <dd data-field="eta">{i18n.calendarDate(item.eta)}</dd>
          </div>
        )}
        <div>
          <dt>{t('phone.work.order')}</dt>
          <dd>{t('phone.work.orderLine', { poId: item.poId, lineNo: String(item.lineNo) })}</dd>
        </div>
      </dl>
      {(item.status === 'delayed' || item.status === 'blocked') && item.delayReason && (
        <p class="delay-note">{t('phone.work.delayReason', { reason: delayReasonLabel(t, item.delayReason) })}</p>
      )}
      {item.outdatedRevision !== null && <p class="warning">{t('phone.work.outdated', { revision: item.outdatedRevision })}</p>}
      {done ? (
        <p class="done-note">{t('phone.work.done')}</p>
      ) : (
        <>
          {operationText && (
            <p class="next-op">
              {t('phone.work.next')} <strong>{operationText}</strong>
            </p>
          )}
          <div class="actions">
            {step.kind !== 'done' && (
              <button
                type="button"
                class="primary big"
                aria-describedby={`${id}-title`}
                // Start turns into finish where the finger is: the second tap of a double tap (detail 2) must not finish the operation.
                onClick={(event) => event.detail <= 1 && tap({ kind: step.kind })}
              >
                {step.kind === 'start'
                  ? operationText
                    ? t('phone.work.start', { operation: operationText })
                    : t('phone.work.startNoOp')
                  : operationText
                    ? t('phone.work.finish', { operation: operationText })
                    : t('phone.work.finishNoOp')}
              </button>
            )}
            <div class="secondary-actions">
              {step.kind === 'start' && (
                <button type="button" aria-describedby={`${id}-title`} onClick={() => tap({ kind: 'finish' })}>
                  {operationText ? t('phone.work.finish', { operation: operationText }) : t('phone.work.finishNoOp')}
                </button>
              )}
              <button
                ref={countsButton}
                type="button"
                aria-describedby={`${id}-title`}
                aria-expanded={panel === 'counts'}
                aria-controls={panel === 'counts' ? `${id}-counts` : undefined}
                onClick={() => setPanel(panel === 'counts' ? null : 'counts')}
              >
                {t('phone.work.enterCounts')}
              </button>
              <button
                ref={delayButton}
                type="button"
                aria-describedby={`${id}-title`}
                aria-expanded={panel === 'delay'}
                aria-controls={panel === 'delay' ? `${id}-delay` : undefined}
                onClick={() => setPanel(panel === 'delay' ? null : 'delay')}
              >
                {t('phone.work.reportDelay')}
              </button>
            </div>
          </div>
          {panel === 'counts' && (
            <CountsForm
              id={`${id}-counts`}
              item={item}
              onSubmit={(qtyGood, qtyScrap) => {
                tap({ kind: 'counts', qtyGood, qtyScrap });
                close('counts');
              }}
              onCancel={() => close('counts')}
            />
          )}
          {panel === 'delay' && (
            <DelayForm
              id={`${id}-delay`}
              timeZone={context.timeZone}
              onSubmit={(delay) => {
                tap({ kind: 'delay', ...delay });
                close('delay');
              }}
              onCancel={() => close('delay')}
            />
          )}
        </>
      )}
      <Refusal feedback={feedback} onDismiss={() => context.dismiss(subject)} />
      {item.operations.length > 0 && (
        <div class="ops">
          <p class="ops-heading" id={`${id}-ops`}>
            {t('phone.work.operations')}
          </p>
          <ol aria-labelledby={`${id}-ops`}>
            {item.operations.map((operation) => (
              <li key={operation.opNo} data-op={operation.opNo}>
                <span class="op-name">{operationLabel(t, operation)}</span>{' '}
                <span class="op-state">
                  {operation.completedAt
                    ? t('phone.work.op.done', { time: i18n.dateTime(operation.completedAt, context.timeZone) })
                    : operation.opNo === next?.opNo && item.status === 'in_progress'
                      ? t('phone.work.op.inProgress')
                      : t('phone.work.op.waiting')}
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </article>
  );
}
