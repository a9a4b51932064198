import type { EventEnvelope, ProgressReportedV1 } from '@renkei/contracts';

/** The read model of one purchase order line's work, as the gateway serves it. */
export interface WorkItemRow {
  readonly poId: string;
  readonly lineNo: number;
  readonly status: string;
  readonly qtyGood: number;
  readonly qtyScrap: number;
  readonly eta: string | null;
  readonly note: string | null;
  /** Shop-floor time of the report this row reflects. */
  readonly occurredAt: Date;
  /** When the backbone recorded the report this row reflects. */
  readonly updatedAt: Date;
  readonly reportedBy: string;
  /** Highest stream revision applied: lets the projection ignore what it has already seen. */
  readonly lastRevision: bigint;
}

export const WORK_ITEM_EVENT_TYPES = ['ProgressReported'] as const;

/**
 * Pure projection step. A revision already applied changes nothing; a report that
 * happened before the one shown is kept out of the current state.
 */
export function evolveWorkItemRow(row: WorkItemRow | null, event: EventEnvelope): WorkItemRow | null {
  if (!(WORK_ITEM_EVENT_TYPES as readonly string[]).includes(event.type)) return row;
  if (row !== null && event.revision <= row.lastRevision) return row;
  const report = event.data as unknown as ProgressReportedV1;
  const occurredAt = new Date(report.occurredAt);
  if (row !== null && occurredAt < row.occurredAt) return { ...row, lastRevision: event.revision };
  return {
    poId: report.poId,
    lineNo: report.lineNo,
    status: report.status,
    qtyGood: report.qtyGood,
    qtyScrap: report.qtyScrap,
    eta: report.eta,
    note: report.note,
    occurredAt,
    updatedAt: event.recordedAt,
    reportedBy: report.reportedBy,
    lastRevision: event.revision,
  };
}
