/** What the board needs of an order to put the ones that need attention at the top. */
export interface Urgency {
  readonly orderId: string;
  readonly status: string;
  readonly late: boolean;
  readonly blocked: boolean;
  readonly dueDate: string | null;
}

/**
 * Open orders before closed ones; among them late first, then blocked, then the earliest due date
 * (no due date last), then by order number so the rows never jump about between refreshes.
 */
export function compareUrgency(a: Urgency, b: Urgency): number {
  return (
    rank(a.status !== 'closed', b.status !== 'closed') ||
    rank(a.late, b.late) ||
    rank(a.blocked, b.blocked) ||
    compareDueDates(a.dueDate, b.dueDate) ||
    (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0)
  );
}

export function lateFirst<T extends Urgency>(orders: readonly T[]): T[] {
  return [...orders].sort(compareUrgency);
}

/** The one with the flag set comes first. */
function rank(a: boolean, b: boolean): number {
  return a === b ? 0 : a ? -1 : 1;
}

/** `YYYY-MM-DD` sorts as text; a missing date goes last. */
function compareDueDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
