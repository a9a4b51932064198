import { declineRfq, reviseQuote, submitQuote } from './answer-rfq';
import { awardRfq, cancelRfq } from './award-rfq';
import { issueRfq } from './issue-rfq';
import { markAnswersOverdue } from './mark-answers-overdue';
import type { QuotesCommand } from './quotes-commands';
import type { QuotesEvent } from './quotes-events';
import { assertNever, evolve, initialRfq, type Rfq } from './rfq-state';

/** One RFQ's decisions; each use case lives in its own file. Throws `QuotesError`. */
export function decide(command: QuotesCommand, state: Rfq): QuotesEvent[] {
  switch (command.type) {
    case 'IssueRfq':
      return issueRfq(command, state);
    case 'SubmitQuote':
      return submitQuote(command, state);
    case 'ReviseQuote':
      return reviseQuote(command, state);
    case 'DeclineRfq':
      return declineRfq(command, state);
    case 'AwardRfq':
      return awardRfq(command, state);
    case 'CancelRfq':
      return cancelRfq(command, state);
    case 'MarkAnswersOverdue':
      return markAnswersOverdue(command, state);
    default:
      return assertNever(command);
  }
}

export const rfqDecider = { decide, evolve, initialState: initialRfq };
