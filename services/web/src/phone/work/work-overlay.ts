import type { ProgressInput } from '../outbox/phone-commands';
import type { MyWorkItem } from './work-items';

/**
 * The item as it will be once the report is recorded: what the worker sees right after a tap,
 * sent or not. The same rules as the read model: the report's status, counts and ETA become the
 * line's; a completed operation gets its time; the next operation is the first not completed.
 */
export function withProgress(item: MyWorkItem, input: ProgressInput): MyWorkItem {
  const completes = input.status === 'completed';
  const operations = item.operations.map((operation) =>
    completes && operation.opNo === input.operation && operation.completedAt === null ? { ...operation, completedAt: input.occurredAt } : operation,
  );
  const finishedByMilestone = completes && input.milestone === 'finished';
  return {
    ...item,
    status: input.status,
    qtyGood: input.qtyGood,
    qtyScrap: input.qtyScrap,
    eta: input.eta ?? null,
    delayReason: input.delayReasonCode ?? null,
    operations,
    nextOperation: finishedByMilestone ? null : (operations.find((operation) => operation.completedAt === null) ?? null),
  };
}

/**
 * Whether a read of the item already shows the report: a report sent a moment ago may not be in
 * the read model yet, and the page keeps showing it until it is. An item no longer listed was
 * finished (or taken away): nothing is left to show it on.
 */
export function showsProgress(item: MyWorkItem | undefined, input: ProgressInput): boolean {
  if (item === undefined) return true;
  const operationDone = input.status !== 'completed' || input.operation === undefined || item.operations.some((operation) => operation.opNo === input.operation && operation.completedAt !== null);
  return item.status === input.status && item.qtyGood === input.qtyGood && item.qtyScrap === input.qtyScrap && (item.eta ?? null) === (input.eta ?? null) && operationDone;
}
