import type { ProgressReportedV1 } from '@renkei/contracts';

export interface ReportProgress {
  readonly type: 'ReportProgress';
  /** What the workshop says; who said it is added from the metadata when it becomes an event. */
  readonly data: Omit<ProgressReportedV1, 'occurredAt' | 'reportedBy'> & { readonly occurredAt: Date };
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
