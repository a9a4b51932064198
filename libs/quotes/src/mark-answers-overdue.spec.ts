import { deciderSpecification } from '@renkei/testing';
import type { MarkAnswersOverdue } from './quotes-commands';
import type { RfqAnswerOverdue } from './quotes-events';
import { rfqDecider } from './rfq-decider';
import {
  answerDeadline,
  atDeadline,
  justBeforeDeadline,
  lead,
  metadata,
  mori,
  okada,
  quoteSubmitted,
  rfqAwarded,
  rfqCancelled,
  rfqDeclined,
  rfqId,
  rfqIssued,
  sato,
} from './quotes-test-fixtures';

const spec = deciderSpecification(rfqDecider);

// The scheduler acts as the consortium office; nothing in the stream says which scheduler may fire.
const trigger = (at: Date = atDeadline): MarkAnswersOverdue => ({ type: 'MarkAnswersOverdue', data: { rfqId }, metadata: metadata({ companyId: 'scheduler', role: 'coordinator' }, at) });
const overdue = (missing: string[]): RfqAnswerOverdue => ({
  type: 'RfqAnswerOverdue',
  data: { rfqId, rfqIssuedBy: lead.companyId, answerDeadline, missing, detectedAt: atDeadline.toISOString() },
});

describe('rfq: MarkAnswersOverdue', () => {
  it('names the invited workshops that neither quoted nor declined', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada)]).when(trigger()).then([overdue(['mori', 'sato'])]);
    spec.given([rfqIssued(), rfqDeclined(sato)]).when(trigger()).then([overdue(['okada', 'mori'])]);
  });

  it('decides nothing when the scheduler fires before the deadline', () => {
    spec.given([rfqIssued()]).when(trigger(justBeforeDeadline)).then([]);
  });

  it('decides nothing the second time (idempotent)', () => {
    spec.given([rfqIssued(), overdue(['okada', 'mori', 'sato'])]).when(trigger(new Date('2026-11-28T00:00:00Z'))).then([]);
  });

  it('decides nothing when everyone answered', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada), quoteSubmitted(mori), rfqDeclined(sato)]).when(trigger()).then([]);
  });

  it('decides nothing once the RFQ is awarded or cancelled', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada), rfqAwarded()]).when(trigger()).then([]);
    spec.given([rfqIssued(), rfqCancelled()]).when(trigger()).then([]);
  });

  it('refuses an RFQ that was never issued', () => {
    spec.given([]).when(trigger()).thenThrows('QUOTES.RFQ_NOT_FOUND');
  });
});
