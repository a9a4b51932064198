import type { EventEnvelope, ProgressReportedV1, WorkItemFlaggedV1, WorkItemOpenedV1 } from '@renkei/contracts';

/** Who a work item belongs to, once its purchase order line opened it (null for items reported before any PO). */
export interface WorkItemParties {
  readonly buyerId: string | null;
  readonly supplierId: string | null;
  readonly customerOrderId: string | null;
  readonly partNumber: string | null;
  readonly quantity: number | null;
  readonly dueDate: string | null;
}

/** The read model of one purchase order line's work, as the gateway serves it. */
export interface WorkItemRow extends WorkItemParties {
  readonly poId: string;
  readonly lineNo: number;
  readonly status: string;
  readonly qtyGood: number;
  readonly qtyScrap: number;
  readonly eta: string | null;
  readonly note: string | null;
  /** Shop-floor time of the report this row reflects (the opening time before any report). */
  readonly occurredAt: Date;
  /** When the backbone recorded the event this row last changed with. */
  readonly updatedAt: Date;
  /** The workshop whose report is shown; null until the first report. */
  readonly reportedBy: string | null;
  /** The newest BOM revision that changed what the item makes; null while the item's revision is current. */
  readonly outdatedRevision: number | null;
  /** Highest stream revision applied: lets the projection ignore what it has already seen. */
  readonly lastRevision: bigint;
}

export const WORK_ITEM_EVENT_TYPES = ['WorkItemOpened', 'ProgressReported', 'WorkItemFlagged'] as const;

const NO_PARTIES: WorkItemParties = { buyerId: null, supplierId: null, customerOrderId: null, partNumber: null, quantity: null, dueDate: null };

/**
 * Pure projection step. A revision already applied changes nothing; a report that
 * happened before the one shown is kept out of the current state.
 */
export function evolveWorkItemRow(row: WorkItemRow | null, event: EventEnvelope): WorkItemRow | null {
  if (!(WORK_ITEM_EVENT_TYPES as readonly string[]).includes(event.type)) return row;
  if (row !== null && event.revision <= row.lastRevision) return row;
  if (event.type === 'WorkItemFlagged') {
    // Always recorded after the opening in the same stream, so the row exists; the newest revision wins.
    if (row === null) return row;
    const flagged = event.data as unknown as WorkItemFlaggedV1;
    return { ...row, outdatedRevision: Math.max(row.outdatedRevision ?? 0, flagged.currentRevision), lastRevision: event.revision };
  }
  if (event.type === 'WorkItemOpened') {
    const opened = event.data as unknown as WorkItemOpenedV1;
    const parties: WorkItemParties = {
      buyerId: opened.buyerId,
      supplierId: opened.supplierId,
      customerOrderId: opened.customerOrderId,
      partNumber: opened.partNumber,
      quantity: opened.quantity,
      dueDate: opened.dueDate,
    };
    // Reports by anyone but the supplier, made before the line was opened, are not its work: not shown.
    if (row !== null && (row.reportedBy === null || row.reportedBy === opened.supplierId)) return { ...row, ...parties, lastRevision: event.revision };
    return {
      poId: opened.poId,
      lineNo: opened.lineNo,
      status: 'not_started',
      qtyGood: 0,
      qtyScrap: 0,
      eta: null,
      note: null,
      occurredAt: new Date(opened.openedAt),
      updatedAt: event.recordedAt,
      reportedBy: null,
      outdatedRevision: null,
      ...parties,
      lastRevision: event.revision,
    };
  }
  const report = event.data as unknown as ProgressReportedV1;
  const occurredAt = new Date(report.occurredAt);
  if (row !== null && row.reportedBy !== null && occurredAt < row.occurredAt) return { ...row, lastRevision: event.revision };
  return {
    ...(row ?? { ...NO_PARTIES, outdatedRevision: null }),
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
