import type { ProgressReportedV1, WorkStatus } from '@renkei/contracts';

export interface ReportProgress {
  readonly type: 'ReportProgress';
  readonly data: {
    readonly poId: string;
    readonly lineNo: number;
    readonly status: WorkStatus;
    readonly qtyGood: number;
    readonly qtyScrap: number;
    readonly eta: string | null;
    readonly note: string | null;
    readonly occurredAt: Date;
  };
  /** Who asks, and when the backbone received it: passed in, never read from a clock here. */
  readonly metadata: { readonly companyId: string; readonly now: Date };
}

export type WorkProgressCommand = ReportProgress;

export interface ProgressReported {
  readonly type: 'ProgressReported';
  readonly data: ProgressReportedV1;
}

export type WorkProgressEvent = ProgressReported;

export function workItemStreamId(poId: string, lineNo: number): string {
  return `work-${poId}-${lineNo}`;
}
