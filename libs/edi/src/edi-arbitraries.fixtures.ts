import { WORK_DELAY_REASON_CODES, WORK_MILESTONES, WORK_STATUSES, type OrderLineChangeV1, type PurchaseOrderLineV1 } from '@renkei/contracts';
import fc from 'fast-check';
import type { ApplicationResult, MessageSyntaxResult } from './acknowledgement-messages';
import { EDI_ERROR_CODES, type EdiError } from './edi-error';
import { RENKEI_HUB, type EdiMessage, type Envelope, type Interchange, type MessageContent } from './interchange';
import { MESSAGE_KINDS } from './message-kinds';
import { overallStatus } from './parse/read-acknowledgements';
import { ACK_TEXT_MAX, REASON_MAX, textField } from './syntax/field-types';

// Arbitraries of valid interchanges, for the properties: every value here passes every rule of docs/edi.md.

export const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/);
export const companyArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,62}$/);
export const messageRefArb = fc.stringMatching(/^[A-Za-z0-9]{1,14}$/);
export const dateArb = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
export const timestampArb = fc
  .tuple(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.boolean())
  .map(([date, withFraction]) => (withFraction ? date.toISOString() : date.toISOString().replace(/\.\d{3}Z$/, 'Z')));
const lineNoArb = fc.integer({ min: 1, max: 999_999 });
const quantityArb = fc.integer({ min: 1, max: 10_000_000 });
const countArb = fc.integer({ min: 0, max: 10_000_000 });
const controlNumberArb = fc.integer({ min: 1, max: 999_999_999 });

/** Text that exercises the escapes (separators, backslashes, line breaks) and any Unicode, within a field's rules. */
export function textArb(max: number): fc.Arbitrary<string> {
  const tricky = fc.string({ unit: fc.constantFrom('|', '\\', '\n', '\r', 'n', 'r', ' ', '\t', 'x', '日', '…'), minLength: 1, maxLength: Math.min(max, 30) });
  const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 30) });
  return fc.oneof(tricky, anyText).filter((text) => textField(max).read(text).ok);
}

const unitPriceArb = fc.option(fc.record({ amount: fc.stringMatching(/^[0-9]{1,15}(\.[0-9]{1,6})?$/), currency: fc.stringMatching(/^[A-Z]{3}$/) }), { nil: null });

const orderLineArb: fc.Arbitrary<PurchaseOrderLineV1> = fc.record({
  lineNo: lineNoArb,
  partNumber: textArb(64),
  bomNodeId: idArb,
  quantity: quantityArb,
  dueDate: dateArb,
  unitPrice: unitPriceArb,
});

const lineChangeArb: fc.Arbitrary<OrderLineChangeV1> = fc
  .record({ lineNo: lineNoArb, quantity: fc.option(quantityArb, { nil: null }), dueDate: fc.option(dateArb, { nil: null }) })
  .filter((change) => change.quantity !== null || change.dueDate !== null);

const linesOf = <Line extends { lineNo: number }>(line: fc.Arbitrary<Line>) => fc.uniqueArray(line, { selector: (item) => item.lineNo, minLength: 1, maxLength: 4 });

/** Orders go to their supplier: `addressed` makes it the interchange's receiver (generated later, without `chain`, which is slow). */
const PLACEHOLDER = 'to-be-addressed';

export const fromHubArb: fc.Arbitrary<MessageContent> = (() => {
  const parties = companyArb.map((buyerId) => ({ buyerId, supplierId: PLACEHOLDER }));
  const purchaseOrder = fc
    .record({
      parties,
      orderId: idArb,
      customerOrderId: idArb,
      parent: fc.option(fc.record({ orderId: idArb, lineNo: lineNoArb }), { nil: null }),
      tierBelow: fc.integer({ min: 2, max: 99 }),
      issuedAt: timestampArb,
      lines: linesOf(orderLineArb),
    })
    .map(({ parties: pair, parent, tierBelow, ...rest }): MessageContent => ({ kind: 'PURCHASE-ORDER', ...pair, ...rest, parent, tier: parent === null ? 1 : tierBelow }));
  const header = fc.record({ parties, orderId: idArb, changedAt: timestampArb }).map(({ parties: pair, ...rest }) => ({ kind: 'ORDER-CHANGE' as const, ...pair, ...rest }));
  const change = fc.oneof(
    fc.record({ header, changeId: idArb, reason: textArb(REASON_MAX), changes: linesOf(lineChangeArb) }).map(({ header: h, ...rest }): MessageContent => ({ ...h, purpose: 'REQUEST', ...rest })),
    fc.record({ header, changeId: fc.option(idArb, { nil: null }), changes: linesOf(lineChangeArb) }).map(({ header: h, ...rest }): MessageContent => ({ ...h, purpose: 'CONFIRMED', ...rest })),
    fc.record({ header, changeId: fc.option(idArb, { nil: null }), reason: textArb(REASON_MAX) }).map(({ header: h, ...rest }): MessageContent => ({ ...h, purpose: 'DECLINED', ...rest })),
  );
  const cancellation = fc
    .record({ parties, orderId: idArb, cancelledAt: timestampArb, reason: textArb(REASON_MAX) })
    .map(({ parties: pair, ...rest }): MessageContent => ({ kind: 'ORDER-CANCELLATION', ...pair, ...rest }));
  return fc.oneof(purchaseOrder, change, cancellation);
})();

export const orderAcknowledgementArb: fc.Arbitrary<MessageContent> = fc.oneof(
  fc.record({ orderId: idArb, changeId: fc.option(idArb, { nil: null }) }).map((fields): MessageContent => ({ kind: 'ORDER-ACKNOWLEDGEMENT', decision: 'ACCEPT', ...fields })),
  fc.record({ orderId: idArb, changeId: fc.option(idArb, { nil: null }), reason: textArb(REASON_MAX) }).map((fields): MessageContent => ({ kind: 'ORDER-ACKNOWLEDGEMENT', decision: 'REJECT', ...fields })),
  fc.record({ orderId: idArb, changes: linesOf(lineChangeArb) }).map((fields): MessageContent => ({ kind: 'ORDER-ACKNOWLEDGEMENT', decision: 'ACCEPT-WITH-CHANGES', ...fields })),
);

export const progressReportArb: fc.Arbitrary<MessageContent> = fc
  .record({
    poId: idArb,
    lineNo: lineNoArb,
    status: fc.constantFrom(...WORK_STATUSES),
    qtyGood: countArb,
    qtyScrap: countArb,
    occurredAt: timestampArb,
    eta: fc.option(dateArb, { nil: null }),
    about: fc.oneof(
      fc.constant({ operation: null, milestone: null }),
      fc.integer({ min: 1, max: 99_999 }).map((operation) => ({ operation, milestone: null })),
      fc.constantFrom(...WORK_MILESTONES).map((milestone) => ({ operation: null, milestone })),
    ),
    percent: fc.option(fc.integer({ min: 0, max: 1_000_000 }).map((tenThousandths) => tenThousandths / 10_000), { nil: null }),
    delayReasonCode: fc.option(fc.constantFrom(...WORK_DELAY_REASON_CODES), { nil: null }),
    note: fc.option(textArb(REASON_MAX), { nil: null }),
  })
  .map(({ about, ...rest }): MessageContent => ({ kind: 'PROGRESS-REPORT', ...rest, ...about }));

export const shipmentNoticeArb: fc.Arbitrary<MessageContent> = fc
  .record({ orderId: idArb, shipmentId: idArb, shippedAt: timestampArb, lines: linesOf(fc.record({ lineNo: lineNoArb, quantity: quantityArb })) })
  .map((fields): MessageContent => ({ kind: 'SHIPMENT-NOTICE', ...fields }));

export const toHubArb: fc.Arbitrary<MessageContent> = fc.oneof(orderAcknowledgementArb, progressReportArb, shipmentNoticeArb);

const ediErrorArb: fc.Arbitrary<EdiError> = fc.record({
  code: fc.constantFrom(...EDI_ERROR_CODES),
  line: fc.integer({ min: 1, max: 1_000_000 }),
  tag: fc.option(textArb(20), { nil: null }),
  field: fc.option(fc.record({ position: fc.integer({ min: 1, max: 999 }), name: textArb(100) }), { nil: null }),
  rule: textArb(ACK_TEXT_MAX),
  allowed: textArb(ACK_TEXT_MAX),
});

/** Acknowledgements answer what their receiver sent (`addressed`); the statuses agree with the errors listed. */
export const acknowledgementArb: fc.Arbitrary<MessageContent> = (() => {
  const acknowledgedSender = PLACEHOLDER;
  const functional = fc
    .record({
      acknowledgedControlNumber: controlNumberArb,
      errors: fc.array(ediErrorArb, { maxLength: 2 }),
      messages: fc.uniqueArray(
        fc.record({ ref: fc.option(messageRefArb, { nil: null }), kind: fc.option(fc.constantFrom(...MESSAGE_KINDS), { nil: null }), errors: fc.array(ediErrorArb, { maxLength: 2 }), accepted: fc.boolean() }),
        { selector: (result) => result.ref ?? Symbol('no ref'), maxLength: 3 },
      ),
    })
    .map(({ acknowledgedControlNumber, errors, messages }): MessageContent => {
      const results = messages.map(({ accepted, errors: messageErrors, ...result }): MessageSyntaxResult =>
        accepted && messageErrors.length === 0 && errors.length === 0 ? { ...result, status: 'ACCEPTED', errors: [] } : { ...result, status: 'REJECTED', errors: messageErrors },
      );
      return { kind: 'FUNCTIONAL-ACK', acknowledgedControlNumber, acknowledgedSender, status: overallStatus(errors, results), errors, messages: results };
    });
  const result: fc.Arbitrary<Omit<ApplicationResult, 'ref'>> = fc.oneof(
    fc.record({ reference: fc.option(idArb, { nil: null }) }).map((fields) => ({ outcome: 'APPLIED' as const, ...fields })),
    fc
      .record({
        reference: fc.option(idArb, { nil: null }),
        code: fc.stringMatching(/^[A-Z][A-Z0-9_]{0,10}\.[A-Z0-9_]{1,20}$/),
        text: textArb(ACK_TEXT_MAX),
        fieldErrors: fc.array(fc.record({ field: textArb(200), rule: textArb(ACK_TEXT_MAX), allowed: textArb(ACK_TEXT_MAX) }), { maxLength: 2 }),
      })
      .map((fields) => ({ outcome: 'REFUSED' as const, ...fields })),
  );
  const application = fc
    .record({ acknowledgedControlNumber: controlNumberArb, refs: fc.uniqueArray(messageRefArb, { minLength: 1, maxLength: 3 }), results: fc.array(result, { minLength: 3, maxLength: 3 }) })
    .map(({ acknowledgedControlNumber, refs, results }): MessageContent => ({
      kind: 'APPLICATION-ACK',
      acknowledgedControlNumber,
      acknowledgedSender,
      results: refs.map((ref, index) => ({ ...(results[index] as Omit<ApplicationResult, 'ref'>), ref }) as ApplicationResult),
    }));
  return fc.oneof(functional, application);
})();

/** A valid interchange either way between RENKEI and one member, with every kind allowed in its direction. */
export const interchangeArb: fc.Arbitrary<Interchange> = fc
  .record({
    member: companyArb,
    fromHub: fc.boolean(),
    control: fc.record({ controlNumber: controlNumberArb, sequenceNumber: controlNumberArb, createdAt: timestampArb }),
    outbound: fc.array(fc.oneof({ arbitrary: fromHubArb, weight: 3 }, { arbitrary: acknowledgementArb, weight: 1 }), { minLength: 1, maxLength: 4 }),
    inbound: fc.array(fc.oneof({ arbitrary: toHubArb, weight: 3 }, { arbitrary: acknowledgementArb, weight: 1 }), { minLength: 1, maxLength: 4 }),
    refs: fc.uniqueArray(messageRefArb, { minLength: 4, maxLength: 4 }),
  })
  .map(({ member, fromHub, control, outbound, inbound, refs }): Interchange => {
    const envelope: Envelope = { sender: fromHub ? RENKEI_HUB : member, receiver: fromHub ? member : RENKEI_HUB, ...control };
    const contents = (fromHub ? outbound : inbound).map((content) => addressed(content, envelope.receiver));
    return { envelope, messages: contents.map((content, index) => ({ ...content, ref: refs[index] as string }) as EdiMessage) };
  })
  .filter(({ messages }) => messages.every((message) => !('buyerId' in message) || message.buyerId !== message.supplierId));

function addressed(content: MessageContent, receiver: string): MessageContent {
  if ('supplierId' in content) return { ...content, supplierId: receiver };
  if ('acknowledgedSender' in content) return { ...content, acknowledgedSender: receiver };
  return content;
}
