import type { QuotesActor } from './quotes-commands';
import { QuotesError, type FieldError } from './quotes-error';
import type { IssuedRfq, QuoteHistory, Rfq } from './rfq-state';

export function requireIssued(state: Rfq, rfqId: string): IssuedRfq {
  if (state.status === 'NotIssued' || state.rfq.rfqId !== rfqId) throw rfqNotFound(rfqId);
  return state;
}

/**
 * The RFQ, if the actor issued it or is invited to it. Anyone else gets the refusal of an RFQ
 * that does not exist, word for word, so a write cannot tell an outsider that it exists (nor
 * whether it was awarded or cancelled).
 */
export function requireIssuedAndParty(state: Rfq, rfqId: string, actor: QuotesActor): IssuedRfq {
  const rfq = requireIssued(state, rfqId);
  if (actor.companyId !== rfq.rfq.issuedBy && !rfq.rfq.invited.includes(actor.companyId)) throw rfqNotFound(rfqId);
  return rfq;
}

function rfqNotFound(rfqId: string): QuotesError {
  return new QuotesError('QUOTES.RFQ_NOT_FOUND', `there is no RFQ ${rfqId}, or it is not yours to see`);
}

/** Awarding and cancelling belong to the lead that issued the RFQ, acting as a lead. */
export function requireIssuer(state: IssuedRfq, actor: QuotesActor): void {
  if (actor.companyId !== state.rfq.issuedBy || actor.role !== 'lead') {
    throw new QuotesError('QUOTES.NOT_THE_ISSUER', `only ${state.rfq.issuedBy}, which issued RFQ ${state.rfq.rfqId}, may do this`);
  }
}

/** Answers come from invited workshops; the issuer, which knows the RFQ, is told it may not answer its own. */
export function requireInvited(state: IssuedRfq, actor: QuotesActor): void {
  if (!state.rfq.invited.includes(actor.companyId)) {
    throw new QuotesError('QUOTES.NOT_INVITED', `${actor.companyId} is not invited to RFQ ${state.rfq.rfqId}`);
  }
}

export function requireNotClosed(state: IssuedRfq): void {
  if (state.status === 'Cancelled') throw new QuotesError('QUOTES.CANCELLED', `RFQ ${state.rfq.rfqId} was cancelled`);
  if (state.status === 'Awarded') throw new QuotesError('QUOTES.ALREADY_AWARDED', `RFQ ${state.rfq.rfqId} was already awarded`);
}

export function deadlinePassed(state: IssuedRfq, now: Date): boolean {
  return now.getTime() >= Date.parse(state.rfq.answerDeadline);
}

/** Quotes, revisions and declines are only taken while the RFQ is open and its deadline has not come. */
export function requireOpenForAnswers(state: IssuedRfq, now: Date): void {
  requireNotClosed(state);
  if (deadlinePassed(state, now)) {
    throw new QuotesError('QUOTES.DEADLINE_PASSED', `answers to RFQ ${state.rfq.rfqId} were due by ${state.rfq.answerDeadline}`);
  }
}

export function quoteOf(state: IssuedRfq, workshopId: string): QuoteHistory | undefined {
  return state.quotes.find((quote) => quote.workshopId === workshopId);
}

export function hasDeclined(state: IssuedRfq, workshopId: string): boolean {
  return state.declines.some((decline) => decline.workshopId === workshopId);
}

/** Throws the catch-all input error when a command was built without its parser and breaks a shape rule. */
export function requireWellFormed(errors: readonly FieldError[], what: string): void {
  if (errors.length > 0) {
    throw new QuotesError('QUOTES.INVALID_INPUT', `${what}: ${errors.map((error) => `${error.field} ${error.rule}`).join('; ')}`, errors);
  }
}
