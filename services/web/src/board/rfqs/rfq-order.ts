export interface RfqUrgency {
  readonly rfqId: string;
  /** open, overdue, awarded or cancelled */
  readonly status: string;
  readonly issuedAt: string;
  readonly answerDeadline: string;
}

const STILL_OPEN = new Set(['open', 'overdue']);

/** RFQs waiting for a decision first, the nearest answer deadline first; then decided ones, newest first. */
export function decisionsFirst<T extends RfqUrgency>(rfqs: readonly T[]): T[] {
  return [...rfqs].sort((a, b) => {
    const openA = STILL_OPEN.has(a.status);
    const openB = STILL_OPEN.has(b.status);
    if (openA !== openB) return openA ? -1 : 1;
    if (openA) return Date.parse(a.answerDeadline) - Date.parse(b.answerDeadline) || a.rfqId.localeCompare(b.rfqId);
    return Date.parse(b.issuedAt) - Date.parse(a.issuedAt) || a.rfqId.localeCompare(b.rfqId);
  });
}

/** Whether the lead can still award: not yet awarded or cancelled (overdue answers do not stop it). */
export function isAwardable(status: string): boolean {
  return STILL_OPEN.has(status);
}
