// Example quotes events for the AsyncAPI document, with the values of the repo's own fixtures
// (libs/quotes quotes-test-fixtures). `satisfies` keeps each one in step with its type.
import type {
  QuoteRevisedV1,
  QuoteSubmittedV1,
  QuotesRfqLineV1,
  RfqAnswerOverdueV1,
  RfqAwardedV1,
  RfqCancelledV1,
  RfqDeclinedV1,
  RfqIssuedV1,
  RfqIssuedV2,
} from '../../quotes';
import type { ContextExamples } from './message-example';

const rfqId = 'RFQ-2026-0042';
const streamId = `rfq-${rfqId}`;
const lead = 'tanaka-kogyo';
const now = '2026-11-20T10:00:00.000Z';

const bracketLine: QuotesRfqLineV1 = {
  lineNo: 1,
  part: { partNumber: 'BRK-100', bomNodeId: 'node-7', description: 'Bracket, SUS304, 3 mm' },
  quantity: 100,
  dueDate: '2026-12-15',
  drawingRefs: ['dwg/BRK-100/rev-B'],
};
const shaftLine: QuotesRfqLineV1 = {
  lineNo: 2,
  part: { partNumber: 'SHF-20', bomNodeId: null, description: 'Shaft, S45C, ground' },
  quantity: 40,
  dueDate: '2026-12-20',
  drawingRefs: [],
};

const issuedV1: RfqIssuedV1 = {
  rfqId,
  issuedBy: lead,
  lines: [bracketLine, shaftLine],
  answerDeadline: '2026-11-27T08:00:00.000Z',
  invited: ['okada', 'mori', 'sato'],
  selection: 'invited',
  matchCriteria: null,
  issuedAt: '2026-11-19T09:00:00.000Z',
};

export const QUOTES_EXAMPLES: ContextExamples = {
  'RfqIssued.v1': { streamId, data: issuedV1 },
  'RfqIssued.v2': { streamId, data: { ...issuedV1, customerOrderId: 'CO-1' } satisfies RfqIssuedV2 },
  'QuoteSubmitted.v1': {
    streamId,
    data: {
      rfqId,
      quoteId: 'q-okada',
      workshopId: 'okada',
      rfqIssuedBy: lead,
      revision: 1,
      lines: [
        { lineNo: 1, unitPrice: { amount: '1250', currency: 'JPY' }, leadTimeDays: 10, note: null },
        { lineNo: 2, unitPrice: { amount: '980.5', currency: 'JPY' }, leadTimeDays: 10, note: null },
      ],
      submittedAt: now,
    } satisfies QuoteSubmittedV1,
  },
  'QuoteRevised.v1': {
    streamId,
    data: {
      rfqId,
      quoteId: 'q-okada',
      workshopId: 'okada',
      rfqIssuedBy: lead,
      revision: 2,
      lines: [{ lineNo: 1, unitPrice: { amount: '1190', currency: 'JPY' }, leadTimeDays: 12, note: 'material price fixed until 12/31' }],
      revisedAt: now,
    } satisfies QuoteRevisedV1,
  },
  'RfqDeclined.v1': {
    streamId,
    data: { rfqId, workshopId: 'mori', rfqIssuedBy: lead, reason: 'no capacity in December', declinedAt: now } satisfies RfqDeclinedV1,
  },
  'RfqAwarded.v1': {
    streamId,
    data: {
      rfqId,
      awardedBy: lead,
      awards: [
        {
          lineNo: 1,
          part: bracketLine.part,
          dueDate: bracketLine.dueDate,
          workshopId: 'okada',
          quantity: 100,
          quoteId: 'q-okada',
          quoteRevision: 1,
          unitPrice: { amount: '1250', currency: 'JPY' },
          leadTimeDays: 10,
        },
      ],
      unawardedLines: [2],
      awardedAt: now,
    } satisfies RfqAwardedV1,
  },
  'RfqCancelled.v1': {
    streamId,
    data: { rfqId, cancelledBy: lead, reason: 'customer withdrew the order', cancelledAt: now } satisfies RfqCancelledV1,
  },
  'RfqAnswerOverdue.v1': {
    streamId,
    data: { rfqId, rfqIssuedBy: lead, answerDeadline: '2026-11-27T08:00:00.000Z', missing: ['sato'], detectedAt: '2026-11-27T08:05:00.000Z' } satisfies RfqAnswerOverdueV1,
  },
};
