import { assertNever, type PhoneCommand, type ProgressInput } from '../outbox/phone-commands';
import { DELAY_REASON_CODES, WORK_STATUSES, type DelayReasonCode, type MyWorkItem, type WorkStatus } from './work-items';

/** What the worker tapped on one work item. Counts are the new cumulative totals for the line. */
export type WorkTap =
  | { readonly kind: 'start' }
  | { readonly kind: 'finish' }
  | { readonly kind: 'counts'; readonly qtyGood: number; readonly qtyScrap: number }
  | { readonly kind: 'delay'; readonly reason: DelayReasonCode; readonly eta: string; readonly note?: string };

/** What the next step on an item is: start or finish its next own operation, or nothing (its part is done). */
export type NextStep = { readonly kind: 'start' | 'finish'; readonly opNo: number | null } | { readonly kind: 'done' };

/** In progress: finish is the step; anything else (not started, between operations, delayed): start it. */
export function nextStepOf(item: MyWorkItem): NextStep {
  if (isDone(item)) return { kind: 'done' };
  const opNo = item.nextOperation?.opNo ?? null;
  return { kind: item.status === 'in_progress' ? 'finish' : 'start', opNo };
}

/** The workshop's part is finished: every own operation completed, or, on a line without own operations, reported completed. */
export function isDone(item: MyWorkItem): boolean {
  if (item.nextOperation !== null) return false;
  return item.operations.length > 0 || item.status === 'completed';
}

/**
 * The report one tap makes, built from the item as the worker sees it (queued taps included).
 * Every report restates the counts and the ETA: the latest report is what the line shows, and
 * an omitted count means 0.
 */
export function progressInputFor(item: MyWorkItem, tap: WorkTap, occurredAt: string): ProgressInput {
  const opNo = item.nextOperation?.opNo ?? null;
  const about = (milestone: 'started' | 'finished' | null) =>
    opNo !== null ? { operation: opNo } : milestone !== null && item.operations.length === 0 ? { milestone } : {};
  const base = { qtyGood: item.qtyGood, qtyScrap: item.qtyScrap, ...(item.eta ? { eta: item.eta } : {}), occurredAt };
  switch (tap.kind) {
    case 'start':
      return { ...base, status: 'in_progress', ...about('started') };
    case 'finish':
      return { ...base, status: 'completed', ...about('finished') };
    case 'counts':
      return { ...base, ...statusCarriedOver(item), ...about(null), qtyGood: tap.qtyGood, qtyScrap: tap.qtyScrap };
    case 'delay':
      return { ...base, status: 'delayed', ...about(null), delayReasonCode: tap.reason, eta: tap.eta, ...(tap.note ? { note: tap.note } : {}) };
    default:
      return assertNever(tap);
  }
}

/**
 * A count entry keeps the item's status. Right after an operation was finished the status is
 * `completed`, and restating that would record the previous operation's completion again; the
 * next operation has not started, so that is what the entry says.
 */
function statusCarriedOver(item: MyWorkItem): { status: WorkStatus; delayReasonCode?: DelayReasonCode } {
  const status = isWorkStatus(item.status) ? item.status : 'in_progress';
  if (status === 'completed') return { status: 'not_started' };
  if ((status === 'delayed' || status === 'blocked') && isDelayReason(item.delayReason)) return { status, delayReasonCode: item.delayReason };
  return { status };
}

export function reportCommand(item: MyWorkItem, tap: WorkTap, occurredAt: string): PhoneCommand {
  return { type: 'report-progress', poId: item.poId, lineNo: item.lineNo, tap: tap.kind, input: progressInputFor(item, tap, occurredAt) };
}

function isWorkStatus(value: string): value is WorkStatus {
  return (WORK_STATUSES as readonly string[]).includes(value);
}

function isDelayReason(value: string | null): value is DelayReasonCode {
  return value !== null && (DELAY_REASON_CODES as readonly string[]).includes(value);
}
