import type { I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import type { PhoneCommand } from '../outbox/phone-commands';
import type { MyOperation } from '../work/work-items';

/** Process words of the directory's capabilities and the routings, in the reader's language; any other word as written. */
const PROCESS_KEYS: Readonly<Record<string, MessageKey>> = {
  machining: 'phone.process.machining',
  turning: 'phone.process.turning',
  milling: 'phone.process.milling',
  grinding: 'phone.process.grinding',
  'sheet-metal': 'phone.process.sheet-metal',
  welding: 'phone.process.welding',
  plating: 'phone.process.plating',
  painting: 'phone.process.painting',
  'heat-treatment': 'phone.process.heat-treatment',
  assembly: 'phone.process.assembly',
  inspection: 'phone.process.inspection',
  cutting: 'phone.process.cutting',
  moulding: 'phone.process.moulding',
  finishing: 'phone.process.finishing',
};

export function processLabel(t: I18n['t'], process: string): string {
  const key = PROCESS_KEYS[process];
  return key ? t(key) : process;
}

export function operationLabel(t: I18n['t'], operation: Pick<MyOperation, 'opNo' | 'process'>): string {
  return t('phone.work.operation', { opNo: String(operation.opNo), process: processLabel(t, operation.process) });
}

const STATUS_KEYS: Readonly<Record<string, MessageKey>> = {
  not_started: 'phone.status.not_started',
  in_progress: 'phone.status.in_progress',
  completed: 'phone.status.completed',
  delayed: 'phone.status.delayed',
  blocked: 'phone.status.blocked',
};

export function statusLabel(t: I18n['t'], status: string): string {
  const key = STATUS_KEYS[status];
  return key ? t(key) : status;
}

const REASON_KEYS: Readonly<Record<string, MessageKey>> = {
  material: 'delayReason.material',
  machine: 'delayReason.machine',
  labour: 'delayReason.labour',
  quality: 'delayReason.quality',
  subcontractor: 'delayReason.subcontractor',
  'customer-change': 'delayReason.customer-change',
  other: 'delayReason.other',
};

export function delayReasonLabel(t: I18n['t'], reason: string): string {
  const key = REASON_KEYS[reason];
  return key ? t(key) : reason;
}

/** What the worker did, in a word, for "… was not accepted". */
export function actionLabel(t: I18n['t'], command: PhoneCommand): string {
  switch (command.type) {
    case 'report-progress':
      return t(`phone.action.${command.tap}`);
    case 'submit-quote':
    case 'revise-quote':
    case 'decline-rfq':
    case 'accept-order':
    case 'reject-order':
    case 'accept-change':
    case 'reject-change':
      return t(`phone.action.${command.type}`);
    default:
      return command satisfies never;
  }
}
