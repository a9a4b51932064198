/** What sorting the lead's purchase orders by what they wait for needs to know of each. */
export interface QueuedPurchaseOrder {
  readonly poId: string;
  readonly buyerId: string;
  readonly status: string;
  readonly issuedAt: string;
  readonly lines: ReadonlyArray<{ readonly lineNo: number; readonly partNumber: string; readonly quantity: number; readonly dueDate: string }>;
  /** Null when nothing waits, or before the API shows pending changes. */
  readonly pendingChange: {
    readonly kind: string;
    readonly changeId: string | null;
    readonly requestedBy: string;
    readonly reason: string | null;
    readonly lines: ReadonlyArray<{ readonly lineNo: number; readonly quantity: number | null; readonly dueDate: string | null }>;
  } | null;
}

/**
 * - `proposal`: the supplier accepted with changes (AwaitingBuyer); the lead answers.
 * - `supplier-request`: the supplier asked to change an accepted order; the lead answers.
 * - `acknowledgement`: issued, the supplier has not answered yet.
 * - `own-request`: the lead asked to change an accepted order; the supplier has not answered yet.
 */
export type Waiting = 'proposal' | 'supplier-request' | 'acknowledgement' | 'own-request';

export function waitingOn(order: QueuedPurchaseOrder): Waiting | null {
  if (order.status === 'AwaitingBuyer') return 'proposal';
  if (order.status === 'Issued') return 'acknowledgement';
  if (order.status === 'Accepted' && order.pendingChange !== null) return order.pendingChange.requestedBy === order.buyerId ? 'own-request' : 'supplier-request';
  return null;
}

export interface PurchaseOrderQueues<T extends QueuedPurchaseOrder> {
  /** The lead's own answer is needed: proposals and the suppliers' change requests, oldest first. */
  readonly toAnswer: readonly T[];
  /** Issued orders the suppliers have not acknowledged, oldest first. */
  readonly unacknowledged: readonly T[];
  /** The lead's change requests waiting for the supplier, oldest first. */
  readonly ownRequests: readonly T[];
}

export function queuesOf<T extends QueuedPurchaseOrder>(orders: readonly T[]): PurchaseOrderQueues<T> {
  const oldestFirst = (waiting: readonly Waiting[]) =>
    orders.filter((order) => waiting.includes(waitingOn(order) as Waiting)).sort((a, b) => (a.issuedAt < b.issuedAt ? -1 : a.issuedAt > b.issuedAt ? 1 : 0));
  return { toAnswer: oldestFirst(['proposal', 'supplier-request']), unacknowledged: oldestFirst(['acknowledgement']), ownRequests: oldestFirst(['own-request']) };
}

export interface LineChange {
  readonly lineNo: number;
  readonly partNumber: string | null;
  /** `to` null: unchanged */
  readonly quantity: { readonly from: number | null; readonly to: number | null };
  readonly dueDate: { readonly from: string | null; readonly to: string | null };
}

/** The pending change line by line, each next to what the order says now. */
export function lineChangesOf(order: QueuedPurchaseOrder): LineChange[] {
  return (order.pendingChange?.lines ?? []).map((change) => {
    const line = order.lines.find((current) => current.lineNo === change.lineNo);
    return {
      lineNo: change.lineNo,
      partNumber: line?.partNumber ?? null,
      quantity: { from: line?.quantity ?? null, to: change.quantity !== null && change.quantity !== line?.quantity ? change.quantity : null },
      dueDate: { from: line?.dueDate ?? null, to: change.dueDate !== null && change.dueDate !== line?.dueDate ? change.dueDate : null },
    };
  });
}
