import fc from 'fast-check';
import { functionalAcknowledgementOf } from './acknowledge/functional-acknowledgement';
import { interchangeArb } from './edi-arbitraries.fixtures';
import { RENKEI_HUB } from './interchange';
import { parseInterchange } from './parse/parse-interchange';
import { printInterchange } from './print/print-interchange';
import { SEGMENT_FIELDS } from './syntax/segment-fields';

const TAGS = Object.keys(SEGMENT_FIELDS);
const control = { sender: RENKEI_HUB, controlNumber: 7, sequenceNumber: 1, createdAt: '2026-11-20T10:00:00Z' };

/** Lines made of real tags and field-ish text: deep enough into the parser to reach every rule. */
const fieldArb = fc.oneof(
  fc.constantFrom('', '1', '0', '000000123', 'RENKEI', 'okada-seiki', 'PO-1', 'ACCEPT', 'REJECTED', 'delayed', '2026-11-20', '2026-11-20T09:00:00Z', 'renkei-edi/1', 'PURCHASE-ORDER', 'PROGRESS-REPORT', 'FUNCTIONAL-ACK', '\\', '\\q'),
  fc.string({ maxLength: 8 }),
);
const lineSoupArb = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...TAGS, 'XX', ''), fc.array(fieldArb, { maxLength: 12 })), { maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, lineEnd]) => lines.map(([tag, fields]) => [tag, ...fields].join('|')).join(lineEnd));

describe('parseInterchange, for any input', () => {
  it('never throws on arbitrary text, and refuses it with located errors', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = parseInterchange(text);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on soups of lines with valid tags, and every error names a line, a rule and what is allowed', () => {
    fc.assert(
      fc.property(lineSoupArb, (text) => {
        const result = parseInterchange(text);
        const lines = text.split(/\r\n|\n/).length;
        const errors = result.ok ? [] : result.errors;
        for (const error of errors) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(lines + 1);
          expect(error.rule.length).toBeGreaterThan(0);
          expect(error.allowed.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('answers anything addressable with a functional acknowledgement that is itself a valid interchange', () => {
    const broken = fc.tuple(interchangeArb, fc.nat(), fc.constantFrom('drop', 'duplicate', 'garble')).map(([interchange, at, how]) => {
      const lines = printInterchange(interchange).trimEnd().split('\n');
      const index = at % lines.length;
      if (how === 'drop') lines.splice(index, 1);
      if (how === 'duplicate') lines.splice(index, 0, lines[index] as string);
      if (how === 'garble') lines[index] = `${lines[index]}|\\q|${'x'.repeat(3)}`;
      return lines.join('\n');
    });
    fc.assert(
      fc.property(broken, (text) => {
        const result = parseInterchange(text);
        // Answered by whoever it was addressed to: RENKEI for inbound files, the workshop for outbound ones.
        const ack = functionalAcknowledgementOf(result, { ...control, sender: result.received.envelope.receiver ?? RENKEI_HUB });
        if (ack.send) expect(parseInterchange(printInterchange(ack.interchange))).toMatchObject({ ok: true });
      }),
      { numRuns: 200 },
    );
  });
});

describe('printInterchange then parseInterchange', () => {
  it('gives back every valid interchange, of every message kind', () => {
    fc.assert(
      fc.property(interchangeArb, (interchange) => {
        const printed = printInterchange(interchange);
        const result = parseInterchange(printed);
        expect(result.ok ? [] : result.errors).toEqual([]);
        expect(result.ok && result.interchange).toEqual(interchange);
        expect(result.ok && printInterchange(result.interchange)).toBe(printed);
      }),
      { numRuns: 300 },
    );
  });
});
