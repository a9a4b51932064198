import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n-context';
import { newId } from '../shared/ids';
import { ListFrame } from '../shared/list-state';
import { formatMoney } from '../shared/money';
import { QuoteForm } from './quote-form';
import { ReasonForm } from '../shared/reason-form';
import { rfqStage, type PhoneRfq } from './rfqs';
import { Refusal } from '../outbox/tap-feedback';
import { DealCardHead } from '../shared/deal-card-head';
import type { TapContext } from '../workbench';

const STAGE_ORDER = { 'to-answer': 0, quoted: 1, declined: 2, closed: 3 } as const;

/** Requests for quotation, those still to answer first. */
export function RfqList({ rfqs, error, truncated, context, onRetry }: { rfqs: readonly PhoneRfq[] | null; error: ApiError | null; truncated: boolean; context: TapContext; onRetry: () => void }) {
  const now = new Date();
  const ordered = rfqs === null ? null : [...rfqs].sort((a, b) => STAGE_ORDER[rfqStage(a, now)] - STAGE_ORDER[rfqStage(b, now)] || a.answerDeadline.localeCompare(b.answerDeadline));
  return (
    <ListFrame heading="phone.rfqs.heading" empty="phone.rfqs.none" count={ordered?.length ?? null} error={error} truncated={truncated} onRetry={onRetry}>
      <ul class="cards" role="list">
        {ordered?.map((rfq) => (
          <li key={rfq.rfqId}>
            <RfqCard rfq={rfq} context={context} />
          </li>
        ))}
      </ul>
    </ListFrame>
  );
}

type Panel = 'quote' | 'decline' | null;

function RfqCard({ rfq, context }: { rfq: PhoneRfq; context: TapContext }) {
  const i18n = useI18n();
  const { t } = i18n;
  const subject = `rfq:${rfq.rfqId}` as const;
  const feedback = context.feedback(subject);
  const stage = rfqStage(rfq, new Date());
  const quote = rfq.quotes[0];
  const [panel, setPanel] = useState<Panel>(null);
  const quoteButton = useRef<HTMLButtonElement>(null);
  const declineButton = useRef<HTMLButtonElement>(null);
  const id = `rfq-${rfq.rfqId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const close = (which: 'quote' | 'decline') => {
    setPanel(null);
    (which === 'quote' ? quoteButton : declineButton).current?.focus();
  };
  const stageText = stage === 'quoted' && quote ? t('phone.rfq.stage.quoted', { revision: quote.latestRevision }) : t(`phone.rfq.stage.${stage}`);
  const answerable = stage === 'to-answer' || stage === 'quoted';

  return (
    <article class="card rfq" aria-labelledby={`${id}-title`} data-rfq={rfq.rfqId}>
      <DealCardHead
        id={id}
        title={rfq.rfqId}
        stage={stage}
        stageText={stageText}
        feedback={feedback}
        facts={[
          { label: t('phone.rfq.from'), value: context.companyName(rfq.issuedBy) },
          { label: t('phone.rfq.deadline'), value: <time dateTime={rfq.answerDeadline}>{i18n.dateTime(rfq.answerDeadline, context.timeZone)}</time> },
        ]}
      />
      <ol class="lines">
        {rfq.lines.map((line) => {
          const quoted = quote?.lines.find((candidate) => candidate.lineNo === line.lineNo);
          return (
            <li key={line.lineNo}>
              <p class="line-title">
                <strong>{line.partNumber}</strong> {line.description}
              </p>
              <p class="line-facts">
                {t('phone.rfq.lineFacts', { quantity: line.quantity, due: i18n.calendarDate(line.dueDate) })}
                {line.drawingRefs.length > 0 && <span class="drawings"> {t('phone.rfq.drawings', { refs: line.drawingRefs.join(', ') })}</span>}
              </p>
              {quoted && (
                <p class="quoted" data-field="quoted">
                  {t('phone.rfq.quotedLine', { price: formatMoney(quoted.unitPrice, i18n.locale), days: quoted.leadTimeDays })}
                  {quoted.note && ` — ${quoted.note}`}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {rfq.declines[0] && <p class="hint">{t('phone.rfq.declinedBecause', { reason: rfq.declines[0].reason })}</p>}
      {answerable && (
        <div class="secondary-actions">
          <button
            ref={quoteButton}
            type="button"
            class={stage === 'to-answer' ? 'primary' : undefined}
            aria-describedby={`${id}-title`}
            aria-expanded={panel === 'quote'}
            aria-controls={panel === 'quote' ? `${id}-quote` : undefined}
            onClick={() => setPanel(panel === 'quote' ? null : 'quote')}
          >
            {stage === 'quoted' ? t('phone.rfq.revise') : t('phone.rfq.quote')}
          </button>
          {stage === 'to-answer' && (
            <button
              ref={declineButton}
              type="button"
              aria-describedby={`${id}-title`}
              aria-expanded={panel === 'decline'}
              aria-controls={panel === 'decline' ? `${id}-decline` : undefined}
              onClick={() => setPanel(panel === 'decline' ? null : 'decline')}
            >
              {t('phone.rfq.decline')}
            </button>
          )}
        </div>
      )}
      {answerable && panel === 'quote' && (
        <QuoteForm
          id={`${id}-quote`}
          lines={rfq.lines}
          quote={quote}
          onSubmit={(lines) => {
            context.tap(quote ? { type: 'revise-quote', rfqId: rfq.rfqId, quoteId: quote.quoteId, lines } : { type: 'submit-quote', rfqId: rfq.rfqId, quoteId: `q-${newId()}`, lines });
            close('quote');
          }}
          onCancel={() => close('quote')}
        />
      )}
      {stage === 'to-answer' && panel === 'decline' && (
        <ReasonForm
          id={`${id}-decline`}
          submitKey="phone.rfq.declineSubmit"
          onSubmit={(reason) => {
            context.tap({ type: 'decline-rfq', rfqId: rfq.rfqId, reason });
            close('decline');
          }}
          onCancel={() => close('decline')}
        />
      )}
      <Refusal feedback={feedback} onDismiss={() => context.dismiss(subject)} />
    </article>
  );
}
