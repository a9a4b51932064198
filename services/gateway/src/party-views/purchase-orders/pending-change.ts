import type { OrderLineChangeV1 } from '@renkei/contracts';
import type { OpenChange } from '@renkei/orders';

/**
 * The parts of the orders context's own state (libs/orders PurchaseOrder) a pending change is
 * read from; the query selects them only for the order's parties.
 */
export interface PendingChangeSource {
  readonly status: string;
  /** Set while AwaitingBuyer. */
  readonly proposedChanges: readonly OrderLineChangeV1[] | null;
  /** Set while Accepted, when a change request waits for an answer. */
  readonly openChange: OpenChange | null;
}

/**
 * How a change came to wait for an answer. PROPOSED_ON_ACCEPTANCE: the supplier accepted with
 * changes and the buyer answers (acceptProposedChanges / rejectProposedChanges). CHANGE_REQUEST:
 * either party asked to change the accepted order and the other answers (acceptChange / rejectChange).
 */
export type PendingChangeKind = 'PROPOSED_ON_ACCEPTANCE' | 'CHANGE_REQUEST';

export interface PendingChange {
  readonly kind: PendingChangeKind;
  /** Null for a proposal made on acceptance: it is answered by the order, not by an id. */
  readonly changeId: string | null;
  readonly requestedBy: string;
  /** The party whose answer it waits for. */
  readonly awaiting: string;
  readonly reason: string | null;
  readonly lines: readonly OrderLineChangeV1[];
}

/** The one change an order waits on, if any: at most one is open at a time (see libs/orders change-order). */
export function pendingChangeOf(source: PendingChangeSource, buyerId: string, supplierId: string): PendingChange | null {
  if (source.status === 'AwaitingBuyer' && source.proposedChanges) {
    return { kind: 'PROPOSED_ON_ACCEPTANCE', changeId: null, requestedBy: supplierId, awaiting: buyerId, reason: null, lines: copyLines(source.proposedChanges) };
  }
  const open = source.status === 'Accepted' ? source.openChange : null;
  if (!open) return null;
  return {
    kind: 'CHANGE_REQUEST',
    changeId: open.changeId,
    requestedBy: open.requestedBy,
    awaiting: open.requestedBy === buyerId ? supplierId : buyerId,
    reason: open.reason,
    lines: copyLines(open.changes),
  };
}

function copyLines(changes: readonly OrderLineChangeV1[]): OrderLineChangeV1[] {
  return changes.map(({ lineNo, quantity, dueDate }) => ({ lineNo, quantity: quantity ?? null, dueDate: dueDate ?? null }));
}
