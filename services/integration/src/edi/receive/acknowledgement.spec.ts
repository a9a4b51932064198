import { RENKEI_HUB, interchangeOf, parseInterchange, printInterchange, type ApplicationOutcome, type EdiMessage } from '@renkei/edi';
import { acknowledgementContents } from './acknowledgement';

const inbound = (...lines: string[]) => {
  const body = lines.join('\n').split('\n');
  return [`ENV|renkei-edi/1|okada-seiki|RENKEI|000000123|42|2026-11-20T09:00:00Z`, ...body, `TRL|000000123|${body.filter((line) => line.startsWith('MSG|')).length}|${body.length + 2}`, ''].join('\n');
};
const control = { sender: RENKEI_HUB, controlNumber: 9, sequenceNumber: 4, createdAt: '2026-11-20T10:00:00Z' };

function answered(text: string, outcomes: (messages: readonly EdiMessage[]) => ApplicationOutcome[]) {
  const result = parseInterchange(text);
  const applicable = result.received.messages.flatMap((message) => (message.ok ? [message.message] : []));
  const { contents, summary } = acknowledgementContents(result, outcomes(applicable));
  const printed = contents.length === 0 ? null : printInterchange(interchangeOf(control, 'okada-seiki', contents));
  return { printed, summary };
}

describe('acknowledgementContents', () => {
  it('answers with one interchange: the functional acknowledgement, then the application acknowledgement', () => {
    const text = inbound(
      'MSG|1|ORDER-ACKNOWLEDGEMENT\nACK|PO-1|ACCEPT\nEND|1',
      'MSG|2|PROGRESS-REPORT\nPRG|PO-1|1|halfway|0|0|2026-11-20T09:00:00Z\nEND|2',
      'MSG|3|SHIPMENT-NOTICE\nSHP|PO-1|SH-1|2026-11-19T07:30:00Z\nSHL|1|20\nEND|3',
    );
    const { printed, summary } = answered(text, ([acknowledgement, shipment]) => [
      { message: acknowledgement as EdiMessage, applied: true },
      { message: shipment as EdiMessage, applied: false, code: 'ORDERS.NOT_ACCEPTED', text: 'purchase order PO-1 is not accepted', fieldErrors: [{ field: 'lines[0].quantity', rule: 'must not exceed what is owed', allowed: '1-10' }] },
    ]);
    expect(printed).toBe(
      [
        'ENV|renkei-edi/1|RENKEI|okada-seiki|000000009|4|2026-11-20T10:00:00Z',
        'MSG|1|FUNCTIONAL-ACK',
        'FAK|000000123|okada-seiki|PARTIAL',
        'FAM|1|ORDER-ACKNOWLEDGEMENT|ACCEPTED',
        'FAM|2|PROGRESS-REPORT|REJECTED',
        'FER|FIELD_CODE|6|PRG|3|status|must be one of the canonical statuses|not_started, in_progress, completed, delayed, blocked',
        'FAM|3|SHIPMENT-NOTICE|ACCEPTED',
        'END|1',
        'MSG|2|APPLICATION-ACK',
        'AAK|000000123|okada-seiki',
        'AAM|1|APPLIED|PO-1',
        'AAM|3|REFUSED|PO-1|ORDERS.NOT_ACCEPTED|purchase order PO-1 is not accepted',
        'AER|lines[0].quantity|must not exceed what is owed|1-10',
        'END|2',
        'TRL|000000009|2|15',
        '',
      ].join('\n'),
    );
    expect(parseInterchange(printed as string).ok).toBe(true);
    expect(summary).toEqual({ functionalStatus: 'PARTIAL', applied: 1, refused: 1 });
  });

  it('answers a broken interchange with a rejecting functional acknowledgement only: nothing was applied', () => {
    const text = inbound('MSG|1|ORDER-ACKNOWLEDGEMENT\nACK|PO-1|ACCEPT\nEND|1').replace('TRL|000000123|1|5', 'TRL|000000123|1|6');
    const { printed, summary } = answered(text, () => []);
    expect(printed).toContain('FAK|000000123|okada-seiki|REJECTED\nFER|COUNT_MISMATCH|5|TRL|3|segmentCount|');
    expect(printed).not.toContain('APPLICATION-ACK');
    expect(summary).toEqual({ functionalStatus: 'REJECTED', applied: 0, refused: 0 });
  });

  it('sends nothing for an interchange of acknowledgements: they are never acknowledged', () => {
    const text = inbound('MSG|1|FUNCTIONAL-ACK\nFAK|000000001|RENKEI|ACCEPTED\nFAM|1|PURCHASE-ORDER|ACCEPTED\nEND|1');
    expect(answered(text, () => [])).toEqual({ printed: null, summary: { functionalStatus: null, applied: 0, refused: 0 } });
  });
});
