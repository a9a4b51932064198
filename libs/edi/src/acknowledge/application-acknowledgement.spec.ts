import { WORKSHOP } from '../edi-texts.fixtures';
import { RENKEI_HUB, type EdiMessage, type Envelope } from '../interchange';
import { parseInterchange } from '../parse/parse-interchange';
import { printInterchange } from '../print/print-interchange';
import { UNCODED_REFUSAL, applicationAcknowledgementOf, referenceOf } from './application-acknowledgement';

const received: Envelope = { sender: WORKSHOP, receiver: RENKEI_HUB, controlNumber: 123, sequenceNumber: 42, createdAt: '2026-11-20T09:00:00Z' };
const control = { sender: RENKEI_HUB, controlNumber: 8, sequenceNumber: 4, createdAt: '2026-11-20T10:00:00Z' };
const accept: EdiMessage = { kind: 'ORDER-ACKNOWLEDGEMENT', ref: '1', orderId: 'PO-1', decision: 'ACCEPT', changeId: null };
const withChanges: EdiMessage = { kind: 'ORDER-ACKNOWLEDGEMENT', ref: '2', orderId: 'PO-2', decision: 'ACCEPT-WITH-CHANGES', changes: [{ lineNo: 1, quantity: 0, dueDate: null }] };
const report: EdiMessage = {
  kind: 'PROGRESS-REPORT',
  ref: '3',
  poId: 'PO-3',
  lineNo: 1,
  status: 'delayed',
  qtyGood: 0,
  qtyScrap: 0,
  occurredAt: '2026-11-20T09:00:00Z',
  eta: null,
  operation: null,
  milestone: null,
  percent: null,
  delayReasonCode: null,
  note: null,
};

function printed(outcome: ReturnType<typeof applicationAcknowledgementOf>): string {
  if (!outcome.send) throw new Error(outcome.why);
  const text = printInterchange(outcome.interchange);
  expect(parseInterchange(text)).toMatchObject({ ok: true });
  return text;
}

describe('applicationAcknowledgementOf', () => {
  it('answers each message: applied, or refused with the domain code, its message and the fields it named', () => {
    const ack = applicationAcknowledgementOf(
      received,
      [
        { message: accept, applied: true },
        { message: withChanges, applied: false, code: 'REQUEST.INVALID_INPUT', text: 'one or more fields are invalid; nothing was recorded', fieldErrors: [{ field: 'changes[0].quantity', rule: 'must be a positive whole number', allowed: '1 to 10000000' }] },
        { message: report, applied: false, code: 'WORK.INVALID_INPUT', text: 'a delayed report on an opened work item gives a delayReasonCode' },
      ],
      control,
    );
    expect(printed(ack)).toBe(
      [
        `ENV|renkei-edi/1|RENKEI|${WORKSHOP}|000000008|4|2026-11-20T10:00:00Z`,
        'MSG|1|APPLICATION-ACK',
        `AAK|000000123|${WORKSHOP}`,
        'AAM|1|APPLIED|PO-1',
        'AAM|2|REFUSED|PO-2|REQUEST.INVALID_INPUT|one or more fields are invalid; nothing was recorded',
        'AER|changes[0].quantity|must be a positive whole number|1 to 10000000',
        'AAM|3|REFUSED|PO-3|WORK.INVALID_INPUT|a delayed report on an opened work item gives a delayReasonCode',
        'END|1',
        'TRL|000000008|1|9',
        '',
      ].join('\n'),
    );
  });

  it(`refuses with ${UNCODED_REFUSAL} when the answer had no code of the CONTEXT.REASON form`, () => {
    const ack = applicationAcknowledgementOf(received, [{ message: accept, applied: false, code: null, text: 'Internal error' }, { message: report, applied: false, code: 'oops', text: 'x' }], control);
    expect(printed(ack)).toContain(`AAM|1|REFUSED|PO-1|${UNCODED_REFUSAL}|Internal error\nAAM|3|REFUSED|PO-3|${UNCODED_REFUSAL}|x`);
  });

  it('fits any refusal text into the file: control characters replaced, long texts clipped', () => {
    const ack = applicationAcknowledgementOf(received, [{ message: accept, applied: false, code: 'ORDERS.NOT_ISSUED', text: `no\u0000such order ${'x'.repeat(2000)}` }], control);
    const refused = ack.send ? ack.interchange.messages[0] : undefined;
    const result = refused?.kind === 'APPLICATION-ACK' ? refused.results[0] : undefined;
    expect(result?.outcome === 'REFUSED' && result.text.length).toBe(1000);
    expect(printed(ack)).toContain('AAM|1|REFUSED|PO-1|ORDERS.NOT_ISSUED|no?such order xxx');
  });

  it('never answers an acknowledgement, and sends nothing when nothing is left', () => {
    const functional: EdiMessage = { kind: 'FUNCTIONAL-ACK', ref: '9', acknowledgedControlNumber: 1, acknowledgedSender: RENKEI_HUB, status: 'ACCEPTED', errors: [], messages: [] };
    expect(applicationAcknowledgementOf(received, [{ message: functional, applied: true }], control)).toEqual({ send: false, why: 'no business message to answer: acknowledgements are never acknowledged' });
    expect(applicationAcknowledgementOf(received, [], control)).toMatchObject({ send: false });
  });
});

describe('referenceOf', () => {
  it('names the order a message is about, the purchase order of a progress report, nothing for an acknowledgement', () => {
    expect([accept, report].map(referenceOf)).toEqual(['PO-1', 'PO-3']);
    expect(referenceOf({ kind: 'APPLICATION-ACK', ref: '1', acknowledgedControlNumber: 1, acknowledgedSender: RENKEI_HUB, results: [] })).toBeNull();
  });
});
