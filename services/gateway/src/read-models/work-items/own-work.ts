import type { WorkOperationV1 } from '@renkei/contracts';
import type { CompletedOperation } from './work-item.entity';

/** One of a workshop's own operations on a work item, and when it was finished (null while it is not). */
export interface OwnOperation {
  readonly opNo: number;
  readonly process: string;
  readonly completedAt: string | null;
}

/** What a workshop has to do on one work item. */
export interface OwnWork {
  /** Its own operations, in routing order (the routing's other operations are other workshops'). */
  readonly operations: readonly OwnOperation[];
  /** The first of them not completed; null once the work is finished or none is left. */
  readonly next: OwnOperation | null;
  /**
   * Its part is done: the work was completed (WorkCompleted), or its last report said completed
   * and none of its operations is left. A report of `completed` on operation 10 of 10 and 30 is
   * not: operation 30 is still to do.
   */
  readonly finished: boolean;
}

export interface WorkItemProgress {
  /** The node's whole routing. */
  readonly operations: readonly WorkOperationV1[];
  readonly completedOperations: readonly CompletedOperation[];
  /** The latest report's status. */
  readonly status: string;
  /** When the work was completed (WorkCompleted); null until then. */
  readonly completedAt: string | null;
}

/** Pure: `workshopId`'s operations on the item, the next one to do, and whether its part is finished. */
export function ownWorkOf(item: WorkItemProgress, workshopId: string | null): OwnWork {
  const completedAt = new Map(item.completedOperations.map((operation) => [operation.opNo, operation.at]));
  const operations = item.operations
    .filter((operation) => workshopId !== null && operation.workshopId === workshopId)
    .map(({ opNo, process }) => ({ opNo, process, completedAt: completedAt.get(opNo) ?? null }));
  const next = item.completedAt !== null ? null : (operations.find((operation) => operation.completedAt === null) ?? null);
  return { operations, next, finished: item.completedAt !== null || (item.status === 'completed' && next === null) };
}
