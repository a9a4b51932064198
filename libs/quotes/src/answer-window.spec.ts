import { deciderSpecification } from '@renkei/testing';
import type { QuotesCommand } from './quotes-commands';
import { rfqDecider } from './rfq-decider';
import {
  atDeadline,
  justBeforeDeadline,
  metadata,
  okada,
  quoteLine,
  quoteSubmitted,
  rfqAwarded,
  rfqCancelled,
  rfqId,
  rfqIssued,
  stranger,
} from './quotes-test-fixtures';

const spec = deciderSpecification(rfqDecider);

// Each answer, with the history it needs to be otherwise acceptable.
const answers = [
  { name: 'SubmitQuote', history: [], command: (at: Date): QuotesCommand => ({ type: 'SubmitQuote', data: { rfqId, quoteId: 'q-okada', lines: [quoteLine(1, '1250')] }, metadata: metadata(okada, at) }) },
  { name: 'ReviseQuote', history: [quoteSubmitted(okada)], command: (at: Date): QuotesCommand => ({ type: 'ReviseQuote', data: { rfqId, quoteId: 'q-okada', lines: [quoteLine(1, '1190')] }, metadata: metadata(okada, at) }) },
  { name: 'DeclineRfq', history: [], command: (at: Date): QuotesCommand => ({ type: 'DeclineRfq', data: { rfqId, reason: 'too busy' }, metadata: metadata(okada, at) }) },
];

describe.each(answers)('rfq: $name and the answer window', ({ history, command }) => {
  it('is accepted up to the last millisecond before the deadline', () => {
    expect(rfqDecider.decide(command(justBeforeDeadline), [rfqIssued(), ...history].reduce(rfqDecider.evolve, rfqDecider.initialState))).toHaveLength(1);
  });

  it('is refused from the deadline on', () => {
    spec.given([rfqIssued(), ...history]).when(command(atDeadline)).thenThrows('QUOTES.DEADLINE_PASSED');
  });

  it('is refused once the RFQ is awarded', () => {
    spec.given([rfqIssued(), quoteSubmitted(okada), rfqAwarded(), ...history.slice(1)]).when(command(justBeforeDeadline)).thenThrows('QUOTES.ALREADY_AWARDED');
  });

  it('is refused once the RFQ is cancelled', () => {
    spec.given([rfqIssued(), ...history, rfqCancelled()]).when(command(justBeforeDeadline)).thenThrows('QUOTES.CANCELLED');
  });

  it('tells an uninvited company nothing, not even that the RFQ exists or was awarded', () => {
    const uninvited = { ...command(justBeforeDeadline), metadata: metadata(stranger, justBeforeDeadline) } as QuotesCommand;
    spec.given([rfqIssued(), quoteSubmitted(okada), rfqAwarded()]).when(uninvited).thenThrows('QUOTES.RFQ_NOT_FOUND');
  });
});
