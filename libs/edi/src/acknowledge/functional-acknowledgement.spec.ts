import { WORKSHOP, inbound, interchangeText, message } from '../edi-texts.fixtures';
import { RENKEI_HUB } from '../interchange';
import { parseInterchange } from '../parse/parse-interchange';
import { printInterchange } from '../print/print-interchange';
import { MAX_REPORTED_ERRORS, functionalAcknowledgementOf } from './functional-acknowledgement';

const control = { sender: RENKEI_HUB, controlNumber: 7, sequenceNumber: 3, createdAt: '2026-11-20T10:00:00Z' };

function acknowledged(text: string, by = control): string {
  const ack = functionalAcknowledgementOf(parseInterchange(text), by);
  if (!ack.send) throw new Error(`expected an acknowledgement, got none: ${ack.why}`);
  const printed = printInterchange(ack.interchange);
  // Whatever it answers, the acknowledgement is itself a valid interchange.
  expect(parseInterchange(printed)).toMatchObject({ ok: true });
  return printed;
}

describe('functionalAcknowledgementOf', () => {
  it('accepts the good messages and rejects the bad one with its errors: PARTIAL', () => {
    const text = inbound(
      ...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT'),
      ...message('2', 'PROGRESS-REPORT', 'PRG|PO-1|1|done|0|0|2026-11-20T09:00:00Z'),
      ...message('3', 'SHIPMENT-NOTICE', 'SHP|PO-1|SH-1|2026-11-25T07:30:00Z', 'SHL|1|20'),
    );
    expect(acknowledged(text)).toBe(
      [
        `ENV|renkei-edi/1|RENKEI|${WORKSHOP}|000000007|3|2026-11-20T10:00:00Z`,
        'MSG|1|FUNCTIONAL-ACK',
        `FAK|000000123|${WORKSHOP}|PARTIAL`,
        'FAM|1|ORDER-ACKNOWLEDGEMENT|ACCEPTED',
        'FAM|2|PROGRESS-REPORT|REJECTED',
        'FER|FIELD_CODE|6|PRG|3|status|must be one of the canonical statuses|not_started, in_progress, completed, delayed, blocked',
        'FAM|3|SHIPMENT-NOTICE|ACCEPTED',
        'END|1',
        'TRL|000000007|1|9',
        '',
      ].join('\n'),
    );
  });

  it('says ACCEPTED when every message is', () => {
    expect(acknowledged(inbound(...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT')))).toContain(`FAK|000000123|${WORKSHOP}|ACCEPTED\nFAM|1|ORDER-ACKNOWLEDGEMENT|ACCEPTED\nEND|1`);
  });

  it('rejects every message when the interchange itself is wrong, reporting why before the messages', () => {
    const text = inbound(...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT')).replace('TRL|000000123|1|5', 'TRL|000000123|2|5');
    expect(acknowledged(text)).toContain(
      [`FAK|000000123|${WORKSHOP}|REJECTED`, 'FER|COUNT_MISMATCH|5|TRL|2|messageCount|must count the MSG segments of the interchange|1', 'FAM|1|ORDER-ACKNOWLEDGEMENT|REJECTED', 'END|1'].join('\n'),
    );
  });

  it('answers a message whose MSG could not be read, without ref or kind', () => {
    const text = inbound('MSG||', 'ACK|PO-1|ACCEPT', 'END|1');
    expect(acknowledged(text)).toContain('FAM|||REJECTED\nFER|FIELD_MISSING|2|MSG|1|messageRef|is required|1-14 letters or digits, e.g. 1, 2, 3 or M0001\nFER|FIELD_MISSING|2|MSG|2|messageKind|is required|');
  });

  it('lists no acknowledgement among the messages it answers', () => {
    const text = inbound(...message('1', 'APPLICATION-ACK', 'AAK|000000001|RENKEI', 'AAM|1|APPLIED'), ...message('2', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT'));
    expect(acknowledged(text)).toContain(`FAK|000000123|${WORKSHOP}|ACCEPTED\nFAM|2|ORDER-ACKNOWLEDGEMENT|ACCEPTED\nEND|1`);
  });

  it('sends nothing for an interchange of acknowledgements only, even a broken one', () => {
    const text = inbound(...message('1', 'FUNCTIONAL-ACK', 'FAK|000000001|RENKEI|ACCEPTED', 'FAM|1|PURCHASE-ORDER|maybe'));
    expect(functionalAcknowledgementOf(parseInterchange(text), control)).toEqual({ send: false, why: 'the interchange holds only acknowledgements, which are never acknowledged' });
  });

  it('sends nothing when it cannot say to whom or to what: the channel reports the errors itself', () => {
    expect(functionalAcknowledgementOf(parseInterchange('Dear Sir, please find attached'), control)).toMatchObject({ send: false });
    const noControlNumber = inbound(...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT')).replace('|000000123|42|', '||42|');
    expect(functionalAcknowledgementOf(parseInterchange(noControlNumber), control)).toMatchObject({ send: false });
  });

  it('does not answer its own interchanges', () => {
    const own = interchangeText('RENKEI', WORKSHOP, message('1', 'ORDER-CANCELLATION', `CAN|PO-1|lead-co|${WORKSHOP}|2026-11-22T08:00:00Z|no`));
    expect(functionalAcknowledgementOf(parseInterchange(own), control)).toEqual({ send: false, why: 'the interchange came from RENKEI itself' });
  });

  it('does not answer a member directly: one side of every interchange is RENKEI', () => {
    const fromTanaka = interchangeText('tanaka-kogyo', WORKSHOP, message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT'));
    expect(functionalAcknowledgementOf(parseInterchange(fromTanaka), { ...control, sender: WORKSHOP })).toMatchObject({ send: false });
  });

  it('rejects an interchange addressed to another party than the one answering', () => {
    const toTanaka = interchangeText('RENKEI', 'tanaka-kogyo', message('1', 'ORDER-CANCELLATION', 'CAN|PO-1|lead-co|tanaka-kogyo|2026-11-22T08:00:00Z|no'));
    const answer = acknowledged(toTanaka, { ...control, sender: WORKSHOP });
    expect(answer).toContain('FAK|000000123|RENKEI|REJECTED\nFER|NOT_ALLOWED|1|ENV|3|receiver|names another receiver than okada-seiki, which received it|okada-seiki');
  });

  it(`reports at most ${MAX_REPORTED_ERRORS} errors of a message`, () => {
    const lines = Array.from({ length: 150 }, (_, index) => `SHL|${index + 1}|0`);
    const ack = functionalAcknowledgementOf(parseInterchange(inbound(...message('1', 'SHIPMENT-NOTICE', 'SHP|PO-1|SH-1|2026-11-25T07:30:00Z', ...lines))), control);
    const fak = ack.send ? ack.interchange.messages[0] : undefined;
    expect(fak?.kind === 'FUNCTIONAL-ACK' && fak.messages[0]?.errors.length).toBe(MAX_REPORTED_ERRORS);
  });
});
