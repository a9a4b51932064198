import type { MarkAnswersOverdue } from './quotes-commands';
import type { RfqAnswerOverdue } from './quotes-events';
import { deadlinePassed, hasDeclined, quoteOf, requireIssued } from './rfq-guards';
import type { Rfq } from './rfq-state';

/**
 * Tells the lead which invited workshops stayed silent past the deadline.
 * Schedulers fire early, late and twice: a trigger before the deadline, on a
 * closed RFQ, with nobody missing, or after the notice went out decides nothing
 * ([]) instead of failing, so the scheduler can simply retry.
 */
export function markAnswersOverdue(command: MarkAnswersOverdue, state: Rfq): RfqAnswerOverdue[] {
  const { data, metadata } = command;
  const rfq = requireIssued(state, data.rfqId);
  if (rfq.status !== 'Open' || rfq.overdue !== null || !deadlinePassed(rfq, metadata.now)) return [];
  const missing = rfq.rfq.invited.filter((workshopId) => quoteOf(rfq, workshopId) === undefined && !hasDeclined(rfq, workshopId));
  if (missing.length === 0) return [];
  return [
    {
      type: 'RfqAnswerOverdue',
      data: { rfqId: data.rfqId, rfqIssuedBy: rfq.rfq.issuedBy, answerDeadline: rfq.rfq.answerDeadline, missing, detectedAt: metadata.now.toISOString() },
    },
  ];
}
