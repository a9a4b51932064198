import { CREATED_AT, LEAD, WORKSHOP, inbound, message, outbound } from '../edi-texts.fixtures';
import { printInterchange } from '../print/print-interchange';
import { parseInterchange } from './parse-interchange';

/** Parses a text that must be valid, and checks that printing it again gives the same text. */
function parsedMessages(text: string) {
  const result = parseInterchange(text);
  expect(result.ok ? [] : result.errors).toEqual([]);
  if (!result.ok) return [];
  expect(printInterchange(result.interchange)).toBe(text);
  return result.interchange.messages;
}

describe('parseInterchange, one example of every message kind', () => {
  it('reads the envelope', () => {
    const result = parseInterchange(inbound(...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-2026-0042|ACCEPT')));
    expect(result.ok && result.interchange.envelope).toEqual({ sender: WORKSHOP, receiver: 'RENKEI', controlNumber: 123, sequenceNumber: 42, createdAt: CREATED_AT });
  });

  it('reads a purchase order, priced and unpriced lines, with a parent line', () => {
    const text = outbound(
      ...message('1', 'PURCHASE-ORDER', `PO|PO-2026-0042|CO-77|${LEAD}|${WORKSHOP}|2|2026-11-20T08:59:00.123Z|PO-2026-0001|3`, 'LIN|1|BRK-100 \\| rev B|n-12|40|2026-12-01|1250.50|JPY', 'LIN|2|BRK-200|n-13|10|2026-12-05'),
    );
    expect(parsedMessages(text)).toEqual([
      {
        kind: 'PURCHASE-ORDER',
        ref: '1',
        orderId: 'PO-2026-0042',
        customerOrderId: 'CO-77',
        buyerId: LEAD,
        supplierId: WORKSHOP,
        tier: 2,
        parent: { orderId: 'PO-2026-0001', lineNo: 3 },
        issuedAt: '2026-11-20T08:59:00.123Z',
        lines: [
          { lineNo: 1, partNumber: 'BRK-100 | rev B', bomNodeId: 'n-12', quantity: 40, dueDate: '2026-12-01', unitPrice: { amount: '1250.50', currency: 'JPY' } },
          { lineNo: 2, partNumber: 'BRK-200', bomNodeId: 'n-13', quantity: 10, dueDate: '2026-12-05', unitPrice: null },
        ],
      },
    ]);
  });

  it('reads the three purposes of an order change', () => {
    const header = (purpose: string, rest: string) => `CHG|PO-2026-0042|${purpose}|${LEAD}|${WORKSHOP}|2026-11-21T08:00:00Z${rest}`;
    const text = outbound(
      ...message('1', 'ORDER-CHANGE', header('REQUEST', '|CR-7|customer moved the date'), 'CLN|1|30|2026-12-08', 'CLN|2||2026-12-10'),
      ...message('2', 'ORDER-CHANGE', header('CONFIRMED', ''), 'CLN|1|30'),
      ...message('3', 'ORDER-CHANGE', header('DECLINED', '|CR-8|no capacity')),
    );
    const common = { kind: 'ORDER-CHANGE', orderId: 'PO-2026-0042', buyerId: LEAD, supplierId: WORKSHOP, changedAt: '2026-11-21T08:00:00Z' };
    expect(parsedMessages(text)).toEqual([
      { ...common, ref: '1', purpose: 'REQUEST', changeId: 'CR-7', reason: 'customer moved the date', changes: [{ lineNo: 1, quantity: 30, dueDate: '2026-12-08' }, { lineNo: 2, quantity: null, dueDate: '2026-12-10' }] },
      { ...common, ref: '2', purpose: 'CONFIRMED', changeId: null, changes: [{ lineNo: 1, quantity: 30, dueDate: null }] },
      { ...common, ref: '3', purpose: 'DECLINED', changeId: 'CR-8', reason: 'no capacity' },
    ]);
  });

  it('reads an order cancellation', () => {
    const text = outbound(...message('1', 'ORDER-CANCELLATION', `CAN|PO-2026-0042|${LEAD}|${WORKSHOP}|2026-11-22T08:00:00Z|customer cancelled`));
    expect(parsedMessages(text)).toEqual([
      { kind: 'ORDER-CANCELLATION', ref: '1', orderId: 'PO-2026-0042', buyerId: LEAD, supplierId: WORKSHOP, cancelledAt: '2026-11-22T08:00:00Z', reason: 'customer cancelled' },
    ]);
  });

  it('reads every decision of an order acknowledgement, of an order and of a change request', () => {
    const text = inbound(
      ...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT'),
      ...message('2', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-2|REJECT||no material\\nsorry'),
      ...message('3', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-3|ACCEPT-WITH-CHANGES', 'CLN|1|30|2026-12-08'),
      ...message('4', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-4|ACCEPT|CR-7'),
      ...message('5', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-5|REJECT|CR-8|too late'),
    );
    const ack = { kind: 'ORDER-ACKNOWLEDGEMENT' };
    expect(parsedMessages(text)).toEqual([
      { ...ack, ref: '1', orderId: 'PO-1', decision: 'ACCEPT', changeId: null },
      { ...ack, ref: '2', orderId: 'PO-2', decision: 'REJECT', changeId: null, reason: 'no material\nsorry' },
      { ...ack, ref: '3', orderId: 'PO-3', decision: 'ACCEPT-WITH-CHANGES', changes: [{ lineNo: 1, quantity: 30, dueDate: '2026-12-08' }] },
      { ...ack, ref: '4', orderId: 'PO-4', decision: 'ACCEPT', changeId: 'CR-7' },
      { ...ack, ref: '5', orderId: 'PO-5', decision: 'REJECT', changeId: 'CR-8', reason: 'too late' },
    ]);
  });

  it('reads a full progress report with a note, and a minimal one', () => {
    const text = inbound(
      ...message('1', 'PROGRESS-REPORT', 'PRG|PO-2026-0042|1|delayed|40|1|2026-11-20T09:00:00Z|2026-11-28|20||62.5|material', 'NTE|waiting for steel'),
      ...message('2', 'PROGRESS-REPORT', 'PRG|PO-2026-0042|2|in_progress|0|0|2026-11-20T09:00:00Z|||first-article-ok'),
    );
    const report = { kind: 'PROGRESS-REPORT', poId: 'PO-2026-0042', occurredAt: '2026-11-20T09:00:00Z' };
    expect(parsedMessages(text)).toEqual([
      { ...report, ref: '1', lineNo: 1, status: 'delayed', qtyGood: 40, qtyScrap: 1, eta: '2026-11-28', operation: 20, milestone: null, percent: 62.5, delayReasonCode: 'material', note: 'waiting for steel' },
      { ...report, ref: '2', lineNo: 2, status: 'in_progress', qtyGood: 0, qtyScrap: 0, eta: null, operation: null, milestone: 'first-article-ok', percent: null, delayReasonCode: null, note: null },
    ]);
  });

  it('reads a shipment notice', () => {
    const text = inbound(...message('1', 'SHIPMENT-NOTICE', 'SHP|PO-2026-0042|SH-1|2026-11-25T07:30:00Z', 'SHL|1|20', 'SHL|2|5'));
    expect(parsedMessages(text)).toEqual([
      { kind: 'SHIPMENT-NOTICE', ref: '1', orderId: 'PO-2026-0042', shipmentId: 'SH-1', shippedAt: '2026-11-25T07:30:00Z', lines: [{ lineNo: 1, quantity: 20 }, { lineNo: 2, quantity: 5 }] },
    ]);
  });

  it('reads a functional acknowledgement: interchange errors, then each message with its errors', () => {
    const text = outbound(
      ...message(
        '1',
        'FUNCTIONAL-ACK',
        `FAK|000000123|${WORKSHOP}|PARTIAL`,
        'FAM|1|ORDER-ACKNOWLEDGEMENT|ACCEPTED',
        'FAM|2|PROGRESS-REPORT|REJECTED',
        'FER|FIELD_CODE|6|PRG|3|status|must be one of the canonical statuses|not_started, in_progress',
        'FAM|||REJECTED',
        'FER|SEGMENT_MISSING|9|END|||a message ends with END|END\\|messageRef',
      ),
    );
    expect(parsedMessages(text)).toEqual([
      {
        kind: 'FUNCTIONAL-ACK',
        ref: '1',
        acknowledgedControlNumber: 123,
        acknowledgedSender: WORKSHOP,
        status: 'PARTIAL',
        errors: [],
        messages: [
          { ref: '1', kind: 'ORDER-ACKNOWLEDGEMENT', status: 'ACCEPTED', errors: [] },
          {
            ref: '2',
            kind: 'PROGRESS-REPORT',
            status: 'REJECTED',
            errors: [{ code: 'FIELD_CODE', line: 6, tag: 'PRG', field: { position: 3, name: 'status' }, rule: 'must be one of the canonical statuses', allowed: 'not_started, in_progress' }],
          },
          { ref: null, kind: null, status: 'REJECTED', errors: [{ code: 'SEGMENT_MISSING', line: 9, tag: 'END', field: null, rule: 'a message ends with END', allowed: 'END|messageRef' }] },
        ],
      },
    ]);
  });

  it('reads an application acknowledgement, applied and refused with the fields named', () => {
    const text = outbound(
      ...message(
        '1',
        'APPLICATION-ACK',
        `AAK|000000123|${WORKSHOP}`,
        'AAM|1|APPLIED|PO-1',
        'AAM|2|REFUSED|PO-2|ORDERS.ALREADY_ACKNOWLEDGED|purchase order PO-2 is already acknowledged (Accepted)',
        'AAM|3|REFUSED||REQUEST.INVALID_INPUT|one or more fields are invalid',
        'AER|changes[0].quantity|must be a positive whole number|1 to 10000000',
      ),
    );
    expect(parsedMessages(text)).toEqual([
      {
        kind: 'APPLICATION-ACK',
        ref: '1',
        acknowledgedControlNumber: 123,
        acknowledgedSender: WORKSHOP,
        results: [
          { ref: '1', outcome: 'APPLIED', reference: 'PO-1' },
          { ref: '2', outcome: 'REFUSED', reference: 'PO-2', code: 'ORDERS.ALREADY_ACKNOWLEDGED', text: 'purchase order PO-2 is already acknowledged (Accepted)', fieldErrors: [] },
          { ref: '3', outcome: 'REFUSED', reference: null, code: 'REQUEST.INVALID_INPUT', text: 'one or more fields are invalid', fieldErrors: [{ field: 'changes[0].quantity', rule: 'must be a positive whole number', allowed: '1 to 10000000' }] },
        ],
      },
    ]);
  });
});

describe('parseInterchange, what a person typing a file gets away with', () => {
  const canonical = inbound(...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT'));

  it('takes CRLF, blank lines, a byte order mark, leading zeros and trailing empty fields, and prints them canonically', () => {
    const typed = ['\uFEFFENV|renkei-edi/1|okada-seiki|RENKEI|123|42|2026-11-20T09:00:00Z', '', 'MSG|01|ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT||', 'END|01', '   ', 'TRL|0123|1|5'].join('\r\n');
    const result = parseInterchange(typed);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && printInterchange(result.interchange)).toBe(canonical.replace(/MSG\|1\|/, 'MSG|01|').replace('END|1', 'END|01'));
  });

  it('says which messages need a functional acknowledgement: all but acknowledgements', () => {
    const result = parseInterchange(
      inbound(...message('1', 'ORDER-ACKNOWLEDGEMENT', 'ACK|PO-1|ACCEPT'), ...message('2', 'APPLICATION-ACK', 'AAK|000000001|RENKEI', 'AAM|1|APPLIED'), ...message('3', 'NONSENSE')),
    );
    expect(result.received.messages.map((received) => [received.ref, received.needsFunctionalAck])).toEqual([
      ['1', true],
      ['2', false],
      ['3', true],
    ]);
    expect(result.needsFunctionalAck).toBe(true);
  });

  it('needs no functional acknowledgement for an interchange of acknowledgements only', () => {
    const result = parseInterchange(inbound(...message('1', 'FUNCTIONAL-ACK', 'FAK|000000001|RENKEI|ACCEPTED', 'FAM|1|PURCHASE-ORDER|ACCEPTED')));
    expect(result).toMatchObject({ ok: true, needsFunctionalAck: false });
  });
});
