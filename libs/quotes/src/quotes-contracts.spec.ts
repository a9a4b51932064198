import {
  QUOTES_EVENT_SCHEMAS,
  type QuoteRevisedV1,
  type QuoteSubmittedV1,
  type RfqAnswerOverdueV1,
  type RfqAwardedV1,
  type RfqCancelledV1,
  type RfqDeclinedV1,
  type RfqIssuedV2,
} from '@renkei/contracts';
import type { QuotesEvent } from './quotes-events';
import { rfqDecider } from './rfq-decider';
import { schemaViolations } from '@renkei/testing';
import {
  atDeadline,
  lead,
  metadata,
  mori,
  okada,
  quoteLine,
  quoteRevised,
  quoteSubmitted,
  rfqAwarded,
  rfqCancelled,
  rfqDeclined,
  rfqId,
  rfqIssued,
} from './quotes-test-fixtures';

// Type level: each event's data is exactly its contract, and each schema requires exactly the contract's fields.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type DataOf<Type extends QuotesEvent['type']> = Extract<QuotesEvent, { type: Type }>['data'];
type Required<Type extends keyof typeof QUOTES_EVENT_SCHEMAS> = (typeof QUOTES_EVENT_SCHEMAS)[Type]['required'][number];
const contracts = {
  RfqIssued: [true, true],
  QuoteSubmitted: [true, true],
  QuoteRevised: [true, true],
  RfqDeclined: [true, true],
  RfqAwarded: [true, true],
  RfqCancelled: [true, true],
  RfqAnswerOverdue: [true, true],
} satisfies {
  RfqIssued: [Equals<DataOf<'RfqIssued'>, RfqIssuedV2>, Equals<Required<'RfqIssued'>, keyof RfqIssuedV2>];
  QuoteSubmitted: [Equals<DataOf<'QuoteSubmitted'>, QuoteSubmittedV1>, Equals<Required<'QuoteSubmitted'>, keyof QuoteSubmittedV1>];
  QuoteRevised: [Equals<DataOf<'QuoteRevised'>, QuoteRevisedV1>, Equals<Required<'QuoteRevised'>, keyof QuoteRevisedV1>];
  RfqDeclined: [Equals<DataOf<'RfqDeclined'>, RfqDeclinedV1>, Equals<Required<'RfqDeclined'>, keyof RfqDeclinedV1>];
  RfqAwarded: [Equals<DataOf<'RfqAwarded'>, RfqAwardedV1>, Equals<Required<'RfqAwarded'>, keyof RfqAwardedV1>];
  RfqCancelled: [Equals<DataOf<'RfqCancelled'>, RfqCancelledV1>, Equals<Required<'RfqCancelled'>, keyof RfqCancelledV1>];
  RfqAnswerOverdue: [Equals<DataOf<'RfqAnswerOverdue'>, RfqAnswerOverdueV1>, Equals<Required<'RfqAnswerOverdue'>, keyof RfqAnswerOverdueV1>];
};

/** Runs a command against a history and returns what was decided, replayed into the history. */
function decided(history: QuotesEvent[], command: Parameters<typeof rfqDecider.decide>[0]): QuotesEvent[] {
  return rfqDecider.decide(command, history.reduce(rfqDecider.evolve, rfqDecider.initialState));
}

describe('quotes events against their published schemas', () => {
  it('has a schema for every event type of the decider', () => {
    expect(Object.keys(contracts).sort()).toEqual(Object.keys(QUOTES_EVENT_SCHEMAS).sort());
  });

  it('emits only events whose data fits the schema of their type', () => {
    const issued = rfqIssued();
    const emitted: QuotesEvent[] = [
      ...decided([], {
        type: 'IssueRfq',
        data: { rfqId, lines: issued.data.lines, answerDeadline: atDeadline, match: { process: 'milling', material: 'SUS304', certification: null } },
        metadata: { ...metadata(lead), directory: [{ companyId: 'okada', capabilities: [{ process: 'milling', materials: ['SUS304'], maxSizeMm: null }], validCertifications: [], active: true }] },
      }),
      ...decided([issued], { type: 'SubmitQuote', data: { rfqId, quoteId: 'q-okada', lines: [quoteLine(1, '1250.5', 'JPY')] }, metadata: metadata(okada) }),
      ...decided([issued, quoteSubmitted(okada)], { type: 'ReviseQuote', data: { rfqId, quoteId: 'q-okada', lines: [quoteLine(2, '0.0001', 'EUR')] }, metadata: metadata(okada) }),
      ...decided([issued], { type: 'DeclineRfq', data: { rfqId, reason: 'no capacity' }, metadata: metadata(mori) }),
      ...decided([issued, quoteSubmitted(okada)], { type: 'AwardRfq', data: { rfqId, awards: [{ lineNo: 2, workshopId: 'okada', quantity: 40 }], partial: true }, metadata: metadata(lead) }),
      ...decided([issued], { type: 'CancelRfq', data: { rfqId, reason: 'customer withdrew' }, metadata: metadata(lead) }),
      ...decided([issued], { type: 'MarkAnswersOverdue', data: { rfqId }, metadata: metadata(lead, atDeadline) }),
    ];
    expect(emitted.map((event) => event.type)).toEqual(['RfqIssued', 'QuoteSubmitted', 'QuoteRevised', 'RfqDeclined', 'RfqAwarded', 'RfqCancelled', 'RfqAnswerOverdue']);
    for (const event of [...emitted, quoteRevised(okada, 2, [quoteLine(1, '1')]), rfqDeclined(okada), rfqAwarded(), rfqCancelled()]) {
      expect({ type: event.type, violations: schemaViolations(QUOTES_EVENT_SCHEMAS[event.type], event.data) }).toEqual({ type: event.type, violations: [] });
      expect(JSON.parse(JSON.stringify(event.data))).toEqual(event.data); // JSON-safe: nothing lost on the wire
    }
  });

  it('refuses a price sent as a number, and a first quote that claims another revision', () => {
    const submitted = quoteSubmitted(okada).data;
    const asNumber = { ...submitted, lines: [{ ...quoteLine(1, '1'), unitPrice: { amount: 1250.5, currency: 'JPY' } }] };
    expect(schemaViolations(QUOTES_EVENT_SCHEMAS.QuoteSubmitted, asNumber)).toEqual(['$.lines[0].unitPrice.amount: is not string']);
    expect(schemaViolations(QUOTES_EVENT_SCHEMAS.QuoteSubmitted, { ...submitted, revision: 2 })).toEqual(['$.revision: is not 1']);
    expect(schemaViolations(QUOTES_EVENT_SCHEMAS.QuoteRevised, { ...quoteRevised(okada, 1, []).data })).toEqual(['$.revision: is below 2', '$.lines: has too few items']);
  });
});
