import { sequenceVerdict, type SequenceVerdict } from '@renkei/edi';

/** Where a received interchange's sequence number stands; `unread` when its ENV had none to read. */
export type SequenceReport = SequenceVerdict | { readonly kind: 'unread' };

export function sequenceReportOf(lastTaken: number | null, received: number | null): SequenceReport {
  return received === null ? { kind: 'unread' } : sequenceVerdict(lastTaken, received);
}

/**
 * The `Renkei-Edi-Sequence` header: `next`; `gap; missing=5-6` (ask the partner's translator for
 * those: this interchange was processed all the same); `repeat; last=7` (at or below the last one
 * taken, under a new control number); `unread`.
 */
export function sequenceHeader(report: SequenceReport, lastTaken: number | null): string {
  switch (report.kind) {
    case 'next':
    case 'unread':
      return report.kind;
    case 'gap':
      return `gap; missing=${report.missingFrom === report.missingTo ? report.missingFrom : `${report.missingFrom}-${report.missingTo}`}`;
    case 'repeat':
      return `repeat; last=${lastTaken ?? 0}`;
    default: {
      const unknown: never = report;
      return unknown;
    }
  }
}
