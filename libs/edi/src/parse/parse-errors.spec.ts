import { LEAD, WORKSHOP, inbound, interchangeText, message, outbound } from '../edi-texts.fixtures';
import { applicableMessages, parseInterchange } from './parse-interchange';

type Expected = [code: string, line: number, tag: string | null, field: string | null];

/** Each error as [code, line, tag, field name]: enough to see that one rule, and only it, fired. */
function errorsOf(text: string): Expected[] {
  const result = parseInterchange(text);
  return result.ok ? [] : result.errors.map((error) => [error.code, error.line, error.tag, error.field?.name ?? null]);
}

const ack = (body: string, ...more: string[]) => inbound(...message('1', 'ORDER-ACKNOWLEDGEMENT', body, ...more));
const progress = (fields: string, ...more: string[]) => inbound(...message('1', 'PROGRESS-REPORT', `PRG|PO-1|1|${fields}`, ...more));
const shipment = (...body: string[]) => inbound(...message('1', 'SHIPMENT-NOTICE', ...body));
const order = (po: string, ...lines: string[]) => outbound(...message('1', 'PURCHASE-ORDER', po, ...lines));
const PO = `PO|PO-1|CO-1|${LEAD}|${WORKSHOP}|1|2026-11-20T08:59:00Z`;
const LIN = 'LIN|1|BRK-100|n-12|40|2026-12-01';
const change = (purpose: string, rest: string, ...lines: string[]) => outbound(...message('1', 'ORDER-CHANGE', `CHG|PO-1|${purpose}|${LEAD}|${WORKSHOP}|2026-11-21T08:00:00Z${rest}`, ...lines));
const functional = (...body: string[]) => outbound(...message('1', 'FUNCTIONAL-ACK', ...body));
const application = (...body: string[]) => outbound(...message('1', 'APPLICATION-ACK', ...body));
const VALID = ack('ACK|PO-1|ACCEPT');

describe('parseInterchange refuses, naming line, segment and field', () => {
  describe('the envelope', () => {
    it.each<[string, string, Expected[]]>([
      ['an empty text', '', [['SEGMENT_MISSING', 1, 'ENV', null]]],
      ['blank lines only', '\n  \n', [['SEGMENT_MISSING', 1, 'ENV', null]]],
      ['a text not starting with ENV', VALID.split('\n').slice(1).join('\n').replace('|1|5', '|1|4'), [['SEGMENT_MISSING', 1, 'ENV', null]]],
      ['a text not ending with TRL', VALID.split('\n').slice(0, 4).join('\n'), [['SEGMENT_MISSING', 5, 'TRL', null]]],
      ['a second ENV', interchangeText(WORKSHOP, 'RENKEI', [...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT'), 'ENV|renkei-edi/1|x']), [['SEGMENT_UNEXPECTED', 5, 'ENV', null]]],
      ['a segment outside any message', interchangeText(WORKSHOP, 'RENKEI', ['ACK|PO-1|ACCEPT', ...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT')]), [['SEGMENT_UNEXPECTED', 2, 'ACK', null]]],
      ['an unknown segment outside any message', interchangeText(WORKSHOP, 'RENKEI', ['Dear Sir|', ...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT')]), [['SEGMENT_UNKNOWN', 2, 'Dear Sir', null]]],
      ['another syntax version', VALID.replace('renkei-edi/1', 'renkei-edi/2'), [['FIELD_CODE', 1, 'ENV', 'syntaxVersion']]],
      ['a sender that is no party id', VALID.replace(`${WORKSHOP}|RENKEI`, 'Okada Seiki|RENKEI'), [['FIELD_FORMAT', 1, 'ENV', 'sender']]],
      ['a sender sending to itself', VALID.replace(`${WORKSHOP}|RENKEI`, `${WORKSHOP}|${WORKSHOP}`), [['FIELD_CONFLICT', 1, 'ENV', 'receiver']]],
      ['an interchange between two members', VALID.replace(`${WORKSHOP}|RENKEI`, `${WORKSHOP}|tanaka-kogyo`), [['NOT_ALLOWED', 1, 'ENV', 'receiver']]],
      ['a timestamp with an offset instead of UTC', VALID.replace('2026-11-20T09:00:00Z', '2026-11-20T18:00:00+09:00'), [['FIELD_DATE', 1, 'ENV', 'createdAt']]],
      ['a control number with letters', VALID.replace('000000123', '12A'), [['FIELD_FORMAT', 1, 'ENV', 'controlNumber']]],
      ['a sequence number of 0', VALID.replace('|42|', '|0|'), [['FIELD_FORMAT', 1, 'ENV', 'sequenceNumber']]],
      ['a trailer with another control number', VALID.replace('TRL|000000123', 'TRL|000000124'), [['REFERENCE_MISMATCH', 5, 'TRL', 'controlNumber']]],
      ['a trailer counting messages wrong', VALID.replace('TRL|000000123|1|5', 'TRL|000000123|2|5'), [['COUNT_MISMATCH', 5, 'TRL', 'messageCount']]],
      ['a trailer counting segments wrong', VALID.replace('TRL|000000123|1|5', 'TRL|000000123|1|4'), [['COUNT_MISMATCH', 5, 'TRL', 'segmentCount']]],
      ['an interchange without messages', interchangeText(WORKSHOP, 'RENKEI', []), [['SEGMENT_MISSING', 2, 'MSG', null]]],
      ['two messages with one ref', inbound(...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT'), ...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-2|ACCEPT')), [['DUPLICATE', 5, 'MSG', 'messageRef']]],
    ])('%s', (_, text, expected) => {
      expect(errorsOf(text)).toEqual(expected);
    });
  });

  describe('the frame of a message', () => {
    it.each<[string, string, Expected[]]>([
      ['an unknown kind, without reading its body', inbound(...message('1', 'INVOICE', 'INV|1|2|3')), [['FIELD_CODE', 2, 'MSG', 'messageKind']]],
      ['a message without ref', inbound('MSG||ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT', 'END|1'), [['FIELD_MISSING', 2, 'MSG', 'messageRef']]],
      ['a message without END', inbound('MSG|1|ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT'), [['SEGMENT_MISSING', 4, 'END', null]]],
      ['an END naming another message', inbound('MSG|1|ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT', 'END|2'), [['REFERENCE_MISMATCH', 4, 'END', 'messageRef']]],
      ['a purchase order from a workshop (and not to its supplier)', inbound(...message('1', 'ORDER-CANCELLATION', `CAN|PO-1|${LEAD}|${WORKSHOP}|2026-11-22T08:00:00Z|no`)), [['NOT_ALLOWED', 2, 'MSG', 'messageKind'], ['NOT_ALLOWED', 3, 'CAN', 'supplierId']]],
      ['a progress report from RENKEI', outbound(...message('1', 'PROGRESS-REPORT', 'PRG|PO-1|1|in_progress|0|0|2026-11-20T09:00:00Z')), [['NOT_ALLOWED', 2, 'MSG', 'messageKind']]],
      ['an unknown segment in a message', ack('ACK|PO-1|ACCEPT', 'XYZ|1'), [['SEGMENT_UNKNOWN', 4, 'XYZ', null]]],
      ['a segment of another kind of message', ack('ACK|PO-1|ACCEPT', 'SHL|1|2'), [['SEGMENT_UNEXPECTED', 4, 'SHL', null]]],
      ['segments out of order', shipment('SHL|1|20', 'SHP|PO-1|SH-1|2026-11-25T07:30:00Z'), [['SEGMENT_MISSING', 3, 'SHP', null], ['SEGMENT_UNEXPECTED', 4, 'SHP', null]]],
      ['a header given twice', ack('ACK|PO-1|ACCEPT', 'ACK|PO-1|ACCEPT'), [['SEGMENT_UNEXPECTED', 4, 'ACK', null]]],
      ['a required segment left out', order(PO), [['SEGMENT_MISSING', 4, 'LIN', null]]],
      ['an empty message', ack('ACK|PO-1|ACCEPT').replace('ACK|PO-1|ACCEPT\n', '').replace('|1|5', '|1|4'), [['SEGMENT_MISSING', 3, 'ACK', null]]],
    ])('%s', (_, text, expected) => {
      expect(errorsOf(text)).toEqual(expected);
    });
  });

  describe('fields', () => {
    it.each<[string, string, Expected[]]>([
      ['a required field left empty', ack('ACK||ACCEPT'), [['FIELD_MISSING', 3, 'ACK', 'orderId']]],
      ['a field beyond the last', ack('ACK|PO-1|ACCEPT|||surplus'), [['FIELD_EXTRA', 3, 'ACK', '(not defined)']]],
      ['an unknown escape', ack('ACK|PO-1|REJECT||no \\q'), [['FIELD_FORMAT', 3, 'ACK', 'reason']]],
      ['an id with a space', ack('ACK|PO 1|ACCEPT'), [['FIELD_FORMAT', 3, 'ACK', 'orderId']]],
      ['an id of 65 characters', ack(`ACK|${'P'.repeat(65)}|ACCEPT`), [['FIELD_FORMAT', 3, 'ACK', 'orderId']]],
      ['a day that does not exist', ack('ACK|PO-1|ACCEPT-WITH-CHANGES', 'CLN|1||2026-02-30'), [['FIELD_DATE', 4, 'CLN', 'dueDate']]],
      ['a date written the other way round', ack('ACK|PO-1|ACCEPT-WITH-CHANGES', 'CLN|1||30/11/2026'), [['FIELD_DATE', 4, 'CLN', 'dueDate']]],
      ['a timestamp without seconds', shipment('SHP|PO-1|SH-1|2026-11-25T07:30Z', 'SHL|1|20'), [['FIELD_DATE', 3, 'SHP', 'shippedAt']]],
      ['a quantity of 0', shipment('SHP|PO-1|SH-1|2026-11-25T07:30:00Z', 'SHL|1|0'), [['FIELD_FORMAT', 4, 'SHL', 'quantity']]],
      ['a negative quantity', shipment('SHP|PO-1|SH-1|2026-11-25T07:30:00Z', 'SHL|1|-5'), [['FIELD_FORMAT', 4, 'SHL', 'quantity']]],
      ['a fractional quantity', shipment('SHP|PO-1|SH-1|2026-11-25T07:30:00Z', 'SHL|1|1.5'), [['FIELD_FORMAT', 4, 'SHL', 'quantity']]],
      ['a quantity above the maximum', shipment('SHP|PO-1|SH-1|2026-11-25T07:30:00Z', 'SHL|1|10000001'), [['FIELD_FORMAT', 4, 'SHL', 'quantity']]],
      ['a negative count', progress('in_progress|0|-1|2026-11-20T09:00:00Z'), [['FIELD_FORMAT', 3, 'PRG', 'qtyScrap']]],
      ['a status that is not canonical', progress('done|0|0|2026-11-20T09:00:00Z'), [['FIELD_CODE', 3, 'PRG', 'status']]],
      ['a workshop dialect word', progress('完了|0|0|2026-11-20T09:00:00Z'), [['FIELD_CODE', 3, 'PRG', 'status']]],
      ['an unknown milestone', progress('in_progress|0|0|2026-11-20T09:00:00Z|||painted'), [['FIELD_CODE', 3, 'PRG', 'milestone']]],
      ['an unknown delay reason code', progress('delayed|0|0|2026-11-20T09:00:00Z|||||rain'), [['FIELD_CODE', 3, 'PRG', 'delayReasonCode']]],
      ['a percentage above 100', progress('in_progress|0|0|2026-11-20T09:00:00Z||||100.5'), [['FIELD_FORMAT', 3, 'PRG', 'percent']]],
      ['an operation of 0', progress('in_progress|0|0|2026-11-20T09:00:00Z||0'), [['FIELD_FORMAT', 3, 'PRG', 'operation']]],
      ['a reason of spaces only', ack('ACK|PO-1|REJECT||   '), [['FIELD_MISSING', 3, 'ACK', 'reason']]],
      ['a reason over 500 characters', ack(`ACK|PO-1|REJECT||${'x'.repeat(501)}`), [['FIELD_FORMAT', 3, 'ACK', 'reason']]],
      ['a control character in a note', progress('in_progress|0|0|2026-11-20T09:00:00Z', 'NTE|bell\u0007'), [['FIELD_FORMAT', 4, 'NTE', 'note']]],
      ['a part number over 64 characters', order(PO, `LIN|1|${'B'.repeat(65)}|n-12|40|2026-12-01`), [['FIELD_FORMAT', 4, 'LIN', 'partNumber']]],
      ['a bad currency', order(PO, `${LIN}|1250|yen`), [['FIELD_FORMAT', 4, 'LIN', 'currency']]],
      ['an amount with a comma', order(PO, `${LIN}|1,250|JPY`), [['FIELD_FORMAT', 4, 'LIN', 'unitPrice']]],
    ])('%s', (_, text, expected) => {
      expect(errorsOf(text)).toEqual(expected);
    });
  });

  describe('rules across fields and segments', () => {
    it.each<[string, string, Expected[]]>([
      ['a price without currency', order(PO, `${LIN}|1250`), [['FIELD_CONFLICT', 4, 'LIN', 'currency']]],
      ['a currency without price', order(PO, `${LIN}||JPY`), [['FIELD_CONFLICT', 4, 'LIN', 'unitPrice']]],
      ['half a parent line', order(`PO|PO-1|CO-1|${LEAD}|${WORKSHOP}|2|2026-11-20T08:59:00Z|PO-0`, LIN), [['FIELD_CONFLICT', 3, 'PO', 'parentLineNo']]],
      ['tier 1 with a parent', order(`PO|PO-1|CO-1|${LEAD}|${WORKSHOP}|1|2026-11-20T08:59:00Z|PO-0|1`, LIN), [['FIELD_CONFLICT', 3, 'PO', 'tier']]],
      ['tier 2 without a parent', order(`PO|PO-1|CO-1|${LEAD}|${WORKSHOP}|2|2026-11-20T08:59:00Z`, LIN), [['FIELD_CONFLICT', 3, 'PO', 'tier']]],
      ['a company ordering from itself', order(`PO|PO-1|CO-1|${WORKSHOP}|${WORKSHOP}|1|2026-11-20T08:59:00Z`, LIN), [['FIELD_CONFLICT', 3, 'PO', 'supplierId']]],
      ['a purchase order to a company that is not its supplier', order(`PO|PO-1|CO-1|${LEAD}|tanaka-kogyo|1|2026-11-20T08:59:00Z`, LIN), [['NOT_ALLOWED', 3, 'PO', 'supplierId']]],
      ['one line number twice', order(PO, LIN, LIN), [['DUPLICATE', 5, 'LIN', 'lineNo']]],
      ['a line change that changes nothing', ack('ACK|PO-1|ACCEPT-WITH-CHANGES', 'CLN|1'), [['FIELD_MISSING', 4, 'CLN', 'quantity']]],
      ['a change request without change id', change('REQUEST', '||why', 'CLN|1|30'), [['FIELD_MISSING', 3, 'CHG', 'changeId']]],
      ['a change request without lines', change('REQUEST', '|CR-1|why'), [['SEGMENT_MISSING', 4, 'CLN', null]]],
      ['a change request without reason', change('REQUEST', '|CR-1', 'CLN|1|30'), [['FIELD_MISSING', 3, 'CHG', 'reason']]],
      ['a confirmation with a reason', change('CONFIRMED', '||because', 'CLN|1|30'), [['FIELD_CONFLICT', 3, 'CHG', 'reason']]],
      ['a declined change with lines', change('DECLINED', '||no', 'CLN|1|30'), [['SEGMENT_UNEXPECTED', 4, 'CLN', null]]],
      ['an unknown change purpose', change('MAYBE', '', 'CLN|1|30'), [['FIELD_CODE', 3, 'CHG', 'purpose']]],
      ['an ACCEPT with a reason', ack('ACK|PO-1|ACCEPT||gladly'), [['FIELD_CONFLICT', 3, 'ACK', 'reason']]],
      ['an ACCEPT with line changes', ack('ACK|PO-1|ACCEPT', 'CLN|1|30'), [['SEGMENT_UNEXPECTED', 4, 'CLN', null]]],
      ['a REJECT without reason', ack('ACK|PO-1|REJECT'), [['FIELD_MISSING', 3, 'ACK', 'reason']]],
      ['an ACCEPT-WITH-CHANGES of a change request', ack('ACK|PO-1|ACCEPT-WITH-CHANGES|CR-1', 'CLN|1|30'), [['FIELD_CONFLICT', 3, 'ACK', 'changeId']]],
      ['an ACCEPT-WITH-CHANGES with a reason', ack('ACK|PO-1|ACCEPT-WITH-CHANGES||why', 'CLN|1|30'), [['FIELD_CONFLICT', 3, 'ACK', 'reason']]],
      ['an ACCEPT-WITH-CHANGES without changes', ack('ACK|PO-1|ACCEPT-WITH-CHANGES'), [['SEGMENT_MISSING', 4, 'CLN', null]]],
      ['an unknown decision', ack('ACK|PO-1|MAYBE'), [['FIELD_CODE', 3, 'ACK', 'decision']]],
      ['a report about an operation and a milestone', progress('in_progress|0|0|2026-11-20T09:00:00Z||20|started'), [['FIELD_CONFLICT', 3, 'PRG', 'milestone']]],
      ['two notes', progress('in_progress|0|0|2026-11-20T09:00:00Z', 'NTE|one', 'NTE|two'), [['SEGMENT_UNEXPECTED', 5, 'NTE', null]]],
      ['a shipment line given twice', shipment('SHP|PO-1|SH-1|2026-11-25T07:30:00Z', 'SHL|1|20', 'SHL|1|5'), [['DUPLICATE', 5, 'SHL', 'lineNo']]],
    ])('%s', (_, text, expected) => {
      expect(errorsOf(text)).toEqual(expected);
    });
  });

  describe('acknowledgements', () => {
    const FAK = `FAK|000000001|${WORKSHOP}`;
    it.each<[string, string, Expected[]]>([
      ['a functional acknowledgement without FAK', functional('FAM|1|PROGRESS-REPORT|ACCEPTED'), [['SEGMENT_MISSING', 3, 'FAK', null]]],
      ['a status that disagrees with the messages', functional(`${FAK}|ACCEPTED`, 'FAM|1|PROGRESS-REPORT|REJECTED', 'FER|FIELD_CODE|3|PRG|3|status|r|a'), [['FIELD_CONFLICT', 3, 'FAK', 'status']]],
      ['an accepted message with errors', functional(`${FAK}|ACCEPTED`, 'FAM|1|PROGRESS-REPORT|ACCEPTED', 'FER|FIELD_CODE|3|PRG|3|status|r|a'), [['FIELD_CONFLICT', 4, 'FAM', 'status']]],
      ['an accepted message in a rejected interchange', functional(`${FAK}|REJECTED`, 'FER|COUNT_MISMATCH|9|TRL|2|messageCount|r|a', 'FAM|1|PROGRESS-REPORT|ACCEPTED'), [['FIELD_CONFLICT', 5, 'FAM', 'status']]],
      ['an acknowledgement of what another party sent', functional('FAK|000000001|tanaka-kogyo|ACCEPTED', 'FAM|1|PROGRESS-REPORT|ACCEPTED'), [['NOT_ALLOWED', 3, 'FAK', 'acknowledgedSender']]],
      ['an error with a position but no field name', functional(`${FAK}|REJECTED`, 'FAM|1|PROGRESS-REPORT|REJECTED', 'FER|FIELD_CODE|3|PRG|3||r|a'), [['FIELD_CONFLICT', 5, 'FER', 'fieldName']]],
      ['an unknown error code', functional(`${FAK}|REJECTED`, 'FAM|1|PROGRESS-REPORT|REJECTED', 'FER|OOPS|3|PRG|||r|a'), [['FIELD_CODE', 5, 'FER', 'errorCode']]],
      ['an error without rule', functional(`${FAK}|REJECTED`, 'FAM|1|PROGRESS-REPORT|REJECTED', 'FER|FIELD_CODE|3|PRG||||a'), [['FIELD_MISSING', 5, 'FER', 'rule']]],
      ['a message answered twice', functional(`${FAK}|ACCEPTED`, 'FAM|1|PROGRESS-REPORT|ACCEPTED', 'FAM|1|PROGRESS-REPORT|ACCEPTED'), [['DUPLICATE', 5, 'FAM', 'messageRef']]],
      ['an application segment in a functional acknowledgement', functional(`${FAK}|ACCEPTED`, 'FAM|1|PROGRESS-REPORT|ACCEPTED', 'AAM|1|APPLIED'), [['SEGMENT_UNEXPECTED', 5, 'AAM', null]]],
      ['an APPLIED message with an error code', application(`AAK|000000001|${WORKSHOP}`, 'AAM|1|APPLIED||ORDERS.NOT_ISSUED'), [['FIELD_CONFLICT', 4, 'AAM', 'errorCode']]],
      ['an APPLIED message with a text', application(`AAK|000000001|${WORKSHOP}`, 'AAM|1|APPLIED|||fine'), [['FIELD_CONFLICT', 4, 'AAM', 'text']]],
      ['a REFUSED message without code', application(`AAK|000000001|${WORKSHOP}`, 'AAM|1|REFUSED|PO-1||no'), [['FIELD_MISSING', 4, 'AAM', 'errorCode']]],
      ['a REFUSED message without text', application(`AAK|000000001|${WORKSHOP}`, 'AAM|1|REFUSED|PO-1|ORDERS.NOT_ISSUED'), [['FIELD_MISSING', 4, 'AAM', 'text']]],
      ['an error code that is not CONTEXT.REASON', application(`AAK|000000001|${WORKSHOP}`, 'AAM|1|REFUSED|PO-1|not issued|no'), [['FIELD_FORMAT', 4, 'AAM', 'errorCode']]],
      ['refused fields under an APPLIED message', application(`AAK|000000001|${WORKSHOP}`, 'AAM|1|APPLIED', 'AER|reason|r|a'), [['SEGMENT_UNEXPECTED', 5, 'AER', null]]],
      ['refused fields before any message', application(`AAK|000000001|${WORKSHOP}`, 'AER|reason|r|a', 'AAM|1|APPLIED'), [['SEGMENT_UNEXPECTED', 4, 'AER', null]]],
      ['an application acknowledgement answering nothing', application(`AAK|000000001|${WORKSHOP}`), [['SEGMENT_MISSING', 4, 'AAM', null]]],
      ['a message applied twice', application(`AAK|000000001|${WORKSHOP}`, 'AAM|1|APPLIED', 'AAM|1|APPLIED'), [['DUPLICATE', 5, 'AAM', 'messageRef']]],
    ])('%s', (_, text, expected) => {
      expect(errorsOf(text)).toEqual(expected);
    });
  });

  it('says which rule was broken and what is allowed', () => {
    const result = parseInterchange(progress('done|0|0|2026-11-20T09:00:00Z'));
    expect(result.ok ? [] : result.errors).toEqual([
      { code: 'FIELD_CODE', line: 3, tag: 'PRG', field: { position: 3, name: 'status' }, rule: 'must be one of the canonical statuses', allowed: 'not_started, in_progress, completed, delayed, blocked' },
    ]);
  });

  it('lists every error of a message, in reading order, not only the first', () => {
    expect(errorsOf(shipment('SHP|PO 1|SH-1|yesterday', 'SHL|0|0'))).toEqual([
      ['FIELD_FORMAT', 3, 'SHP', 'orderId'],
      ['FIELD_DATE', 3, 'SHP', 'shippedAt'],
      ['FIELD_FORMAT', 4, 'SHL', 'lineNo'],
      ['FIELD_FORMAT', 4, 'SHL', 'quantity'],
    ]);
  });
});

describe('one bad message among good ones', () => {
  const text = inbound(
    ...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT'),
    ...message('2', 'PROGRESS-REPORT', 'PRG|PO-1|1|done|0|0|2026-11-20T09:00:00Z'),
    ...message('3', 'SHIPMENT-NOTICE', 'SHP|PO-1|SH-1|2026-11-25T07:30:00Z', 'SHL|1|20'),
  );

  it('refuses only that message: its siblings pass syntax and may be applied', () => {
    const result = parseInterchange(text);
    expect(result.ok).toBe(false);
    expect(result.received.messages.map((received) => [received.ref, received.ok])).toEqual([
      ['1', true],
      ['2', false],
      ['3', true],
    ]);
    expect(applicableMessages(result).map((applicable) => applicable.ref)).toEqual(['1', '3']);
  });

  it('applies nothing when the interchange itself is wrong: the file may be cut short', () => {
    const result = parseInterchange(text.replace(/TRL\|000000123\|3\|\d+/, 'TRL|000000123|2|11'));
    expect(result.received.errors.map((error) => error.code)).toEqual(['COUNT_MISMATCH', 'COUNT_MISMATCH']);
    expect(applicableMessages(result)).toEqual([]);
  });
});
