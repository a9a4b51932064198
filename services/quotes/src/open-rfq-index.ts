/** The only fields of the rfq-stream events the index reads. */
export interface IndexedEvent {
  readonly type: string;
  readonly data: { readonly [key: string]: unknown };
}

/**
 * RFQs that may still need an overdue notice, with their answer deadlines, folded
 * from the rfq streams. An RFQ leaves once awarded, cancelled or marked overdue,
 * or once the scheduler has handled it after its deadline (answers are refused
 * from then on, so the outcome cannot change).
 */
export class OpenRfqIndex {
  private readonly deadlines = new Map<string, number>();

  apply(event: IndexedEvent): void {
    const rfqId = event.data['rfqId'];
    if (typeof rfqId !== 'string') return;
    switch (event.type) {
      case 'RfqIssued': {
        const deadline = Date.parse(String(event.data['answerDeadline']));
        if (!Number.isNaN(deadline)) this.deadlines.set(rfqId, deadline);
        return;
      }
      case 'RfqAwarded':
      case 'RfqCancelled':
      case 'RfqAnswerOverdue':
        this.deadlines.delete(rfqId);
        return;
      default:
        return;
    }
  }

  /** RFQs whose deadline is at or before `now`, earliest deadline first. */
  dueAt(now: Date): string[] {
    return [...this.deadlines.entries()]
      .filter(([, deadline]) => deadline <= now.getTime())
      .sort(([, a], [, b]) => a - b)
      .map(([rfqId]) => rfqId);
  }

  forget(rfqId: string): void {
    this.deadlines.delete(rfqId);
  }

  clear(): void {
    this.deadlines.clear();
  }

  get size(): number {
    return this.deadlines.size;
  }
}
