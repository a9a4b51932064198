import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sessionValue } from '../auth/session-value';
import { useI18n } from '../i18n/i18n-context';
import type { CompanyProfile } from './company-profile';
import { useCompanyNames } from './shared/company-names';
import { feedbackOf, type Feedback, type SubjectNote } from './outbox/feedback';
import { OrderList } from './orders/order-list';
import { OutboxStatus } from './outbox/outbox-status';
import { withCommands } from './phone-data';
import { subjectOf, type PhoneCommand, type Subject } from './outbox/phone-commands';
import { orderStage } from './orders/purchase-orders';
import { RfqList } from './rfqs/rfq-list';
import { rfqStage } from './rfqs/rfqs';
import { SectionTabs, type Section } from './section-tabs';
import { useOutbox, type OnSettled } from './outbox/use-outbox';
import { usePhoneData } from './use-phone-data';
import { WorkList } from './work/work-list';
import { isDone } from './work/work-taps';

/** What every list needs to show a subject's taps and to make new ones. */
export interface TapContext {
  readonly companyId: string;
  readonly timeZone: string;
  feedback(subject: Subject): Feedback;
  tap(command: PhoneCommand): void;
  dismiss(subject: Subject): void;
  companyName(companyId: string): string;
}

const storedSection = sessionValue('renkei.phone.section');
const SECTIONS: readonly Section[] = ['work', 'rfqs', 'orders'];
const isSection = (value: string | null): value is Section => SECTIONS.includes(value as Section);

/** Work first, then RFQs and purchase orders: each list shows every tap at once, and the outbox sends them. */
export function Workbench({ company, token, onLinkRejected }: { company: CompanyProfile; token: string; onLinkRejected: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const data = usePhoneData(token, onLinkRejected);
  const [notes, setNotes] = useState<Partial<Record<Subject, SubjectNote>>>({});
  const [section, setSection] = useState<Section>(() => {
    const stored = storedSection.get();
    return isSection(stored) ? stored : 'work';
  });
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(refreshTimer.current), []);

  const onSettled = useCallback<OnSettled>(
    (queued, outcome, settlement) => {
      const subject = subjectOf(queued.command);
      if (settlement === 'sent') {
        data.record(queued);
        setNotes((current) => ({ ...current, [subject]: { kind: 'sent' } }));
      } else if (settlement === 'refused' && outcome.kind === 'failed') {
        setNotes((current) => ({ ...current, [subject]: { kind: 'refused', command: queued.command, error: outcome.error, fields: outcome.fields } }));
      } else if (settlement === 'halt') {
        onLinkRejected();
      }
      // Read the lists again once a burst of taps is through, so the page shows what the API holds.
      if (settlement === 'sent' || settlement === 'refused') {
        clearTimeout(refreshTimer.current);
        refreshTimer.current = setTimeout(() => data.refresh(), 400);
      }
    },
    [data.record, data.refresh, onLinkRejected],
  );
  const outbox = useOutbox(company.companyId, token, onSettled);

  const view = useMemo(() => withCommands(withCommands(data.server, data.recorded), outbox.queue), [data.server, data.recorded, outbox.queue]);
  const names = useCompanyNames([...(view.rfqs ?? []).map((rfq) => rfq.issuedBy), ...(view.orders ?? []).map((order) => order.buyerId)], token);

  const context: TapContext = {
    companyId: company.companyId,
    timeZone: company.timeZone,
    feedback: (subject) => feedbackOf(subject, outbox.queue, outbox.sending, notes),
    tap: (command) => {
      const subject = subjectOf(command);
      setNotes((current) => ({ ...current, [subject]: undefined }));
      outbox.enqueue(command);
    },
    dismiss: (subject) => setNotes((current) => ({ ...current, [subject]: undefined })),
    companyName: (companyId) => names[companyId] ?? companyId,
  };

  const now = new Date();
  const counts: Record<Section, number | null> = {
    work: view.work?.filter((item) => !isDone(item)).length ?? null,
    rfqs: view.rfqs?.filter((rfq) => rfqStage(rfq, now) === 'to-answer').length ?? null,
    orders: view.orders?.filter((order) => ['to-acknowledge', 'change-to-answer'].includes(orderStage(order, company.companyId))).length ?? null,
  };
  const choose = (next: Section) => {
    setSection(next);
    storedSection.set(next);
  };

  return (
    <div class="workbench">
      <p class="workshop-line">
        <span class="workshop-name">{company.legalName}</span> <span class="clock-note">{t('phone.clockNote', { timeZone: company.timeZone })}</span>
      </p>
      <OutboxStatus outbox={outbox} />
      <div class="refresh-line">
        <p class="status-line">
          {data.loadedAt !== null && t('phone.loadedAt', { time: i18n.dateTime(new Date(data.loadedAt), company.timeZone) })}
        </p>
        <button type="button" onClick={data.refresh}>
          {t('phone.refresh')}
        </button>
      </div>
      <SectionTabs section={section} counts={counts} onChoose={choose}>
        {section === 'work' && <WorkList items={view.work} error={data.errors.work ?? null} truncated={data.truncated.work ?? false} context={context} onRetry={data.refresh} />}
        {section === 'rfqs' && <RfqList rfqs={view.rfqs} error={data.errors.rfqs ?? null} truncated={data.truncated.rfqs ?? false} context={context} onRetry={data.refresh} />}
        {section === 'orders' && <OrderList orders={view.orders} error={data.errors.orders ?? null} truncated={data.truncated.orders ?? false} context={context} onRetry={data.refresh} />}
      </SectionTabs>
    </div>
  );
}
