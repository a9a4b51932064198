import type { PurchaseOrderLineV1 } from '@renkei/contracts';
import { ORDER_CHANGE_PURPOSES, type OrderCancellationMessage, type OrderChangeMessage, type PurchaseOrderMessage } from '../order-messages';
import type { ContentOf } from '../interchange';
import {
  MAX_LINES,
  REASON_MAX,
  amountField,
  codeField,
  companyIdField,
  currencyField,
  dateField,
  idField,
  integerField,
  lineNoField,
  quantityField,
  textField,
  timestampField,
} from '../syntax/field-types';
import type { SegmentLine } from '../syntax/segment-line';
import { SegmentReader, segmentError } from '../syntax/segment-reader';
import { readersOf, refuseRepeatedLineNos, type MessageContext } from './message-context';
import { all, first, missingSegment, takeSlots } from './message-grammar';
import { readLineChanges } from './read-line-changes';

type Parties = SegmentReader<'PO'> | SegmentReader<'CHG'> | SegmentReader<'CAN'>;

const tierField = integerField(1, 99, '1 for a lead\'s own order, one more per level below');
const partNumberField = textField(64);
const reasonField = textField(REASON_MAX);

export function readPurchaseOrder(body: readonly SegmentLine[], context: MessageContext): ContentOf<PurchaseOrderMessage> {
  const taken = takeSlots('PURCHASE-ORDER', body, [{ tag: 'PO', min: 1, max: 1 }, { tag: 'LIN', min: 1, max: MAX_LINES }], context.endLine, context.errors);
  const header = first(taken, 'PO');
  const po = header === undefined ? null : new SegmentReader(header, 'PO', context.errors);
  const parties = po === null ? { buyerId: '', supplierId: '' } : readParties(po, context);
  const tier = po?.required('tier', tierField) ?? 1;
  const parentOrderId = po?.optional('parentOrderId', idField) ?? null;
  const parentLineNo = po?.optional('parentLineNo', lineNoField) ?? null;
  if (po !== null) {
    if (po.given('parentOrderId') !== po.given('parentLineNo')) {
      po.fail(po.given('parentOrderId') ? 'parentLineNo' : 'parentOrderId', 'FIELD_CONFLICT', 'parentOrderId and parentLineNo are given together or not at all', 'both, or neither');
    } else if (po.given('parentOrderId') && tier === 1) {
      po.fail('tier', 'FIELD_CONFLICT', 'an order with a parent line is below tier 1', '2 or more when a parent is named');
    } else if (!po.given('parentOrderId') && tier > 1) {
      po.fail('tier', 'FIELD_CONFLICT', 'an order below tier 1 names the parent line it supplies', '1, or name parentOrderId and parentLineNo');
    }
  }
  return {
    kind: 'PURCHASE-ORDER',
    orderId: po?.required('orderId', idField) ?? '',
    customerOrderId: po?.required('customerOrderId', idField) ?? '',
    ...parties,
    tier,
    parent: parentOrderId !== null && parentLineNo !== null ? { orderId: parentOrderId, lineNo: parentLineNo } : null,
    issuedAt: po?.required('issuedAt', timestampField) ?? '',
    lines: readOrderLines(all(taken, 'LIN'), context),
  };
}

function readOrderLines(segments: readonly SegmentLine[], context: MessageContext): PurchaseOrderLineV1[] {
  const lines = readersOf(segments, 'LIN', context.errors).map((reader) => {
    const unitPrice = reader.optional('unitPrice', amountField);
    const currency = reader.optional('currency', currencyField);
    if (reader.given('unitPrice') !== reader.given('currency')) {
      reader.fail(reader.given('unitPrice') ? 'currency' : 'unitPrice', 'FIELD_CONFLICT', 'a price is an amount and its currency', 'both, or neither for an unpriced line');
    }
    const line: PurchaseOrderLineV1 = {
      lineNo: reader.required('lineNo', lineNoField),
      partNumber: reader.required('partNumber', partNumberField),
      bomNodeId: reader.required('bomNodeId', idField),
      quantity: reader.required('quantity', quantityField),
      dueDate: reader.required('dueDate', dateField),
      unitPrice: unitPrice !== null && currency !== null ? { amount: unitPrice, currency } : null,
    };
    return { reader, line };
  });
  refuseRepeatedLineNos(lines.map(({ reader, line }) => ({ reader, lineNo: line.lineNo })));
  return lines.map(({ line }) => line);
}

/**
 * Each change purpose has its own shape: a REQUEST names its change id and says why; CONFIRMED
 * lists the changes now in force; DECLINED says why and lists none.
 */
export function readOrderChange(body: readonly SegmentLine[], context: MessageContext): ContentOf<OrderChangeMessage> {
  const taken = takeSlots('ORDER-CHANGE', body, [{ tag: 'CHG', min: 1, max: 1 }, { tag: 'CLN', min: 0, max: MAX_LINES }], context.endLine, context.errors);
  const header = first(taken, 'CHG');
  const changeLines = all(taken, 'CLN');
  if (header === undefined) return { kind: 'ORDER-CHANGE', purpose: 'CONFIRMED', orderId: '', buyerId: '', supplierId: '', changedAt: '', changeId: null, changes: readLineChanges(changeLines, context) };
  const chg = new SegmentReader(header, 'CHG', context.errors);
  const common = {
    kind: 'ORDER-CHANGE' as const,
    orderId: chg.required('orderId', idField),
    ...readParties(chg, context),
    changedAt: chg.required('changedAt', timestampField),
  };
  const purpose = chg.requiredOrNull('purpose', codeField(ORDER_CHANGE_PURPOSES, 'change purposes'));
  // Without a purpose, which fields it needs is unknown: only the fields themselves are checked.
  if (purpose === null) {
    chg.optional('reason', reasonField);
    return { ...common, purpose: 'CONFIRMED', changeId: chg.optional('changeId', idField), changes: readLineChanges(changeLines, context) };
  }
  const changedLines = () => {
    if (changeLines.length === 0) context.errors.push(missingSegment('ORDER-CHANGE', 'CLN', context.endLine, `a ${purpose} order change lists the changed lines`));
    return readLineChanges(changeLines, context);
  };
  switch (purpose) {
    case 'REQUEST':
      return { ...common, purpose, changeId: requiredFor(chg, 'changeId', purpose), reason: chg.required('reason', reasonField), changes: changedLines() };
    case 'CONFIRMED':
      if (chg.given('reason')) chg.fail('reason', 'FIELD_CONFLICT', 'a CONFIRMED change gives no reason', 'empty');
      return { ...common, purpose, changeId: chg.optional('changeId', idField), changes: changedLines() };
    case 'DECLINED':
      context.errors.push(...changeLines.map((line) => segmentError(line, 'SEGMENT_UNEXPECTED', 'a DECLINED change lists no lines: nothing changes', 'no CLN segment')));
      return { ...common, purpose, changeId: chg.optional('changeId', idField), reason: chg.required('reason', reasonField) };
  }
}

export function readOrderCancellation(body: readonly SegmentLine[], context: MessageContext): ContentOf<OrderCancellationMessage> {
  const taken = takeSlots('ORDER-CANCELLATION', body, [{ tag: 'CAN', min: 1, max: 1 }], context.endLine, context.errors);
  const header = first(taken, 'CAN');
  const can = header === undefined ? null : new SegmentReader(header, 'CAN', context.errors);
  return {
    kind: 'ORDER-CANCELLATION',
    orderId: can?.required('orderId', idField) ?? '',
    ...(can === null ? { buyerId: '', supplierId: '' } : readParties(can, context)),
    cancelledAt: can?.required('cancelledAt', timestampField) ?? '',
    reason: can?.required('reason', reasonField) ?? '',
  };
}

/** Prices and order details are for the two parties: a message about an order goes to its supplier only. */
function readParties(reader: Parties, context: MessageContext): { buyerId: string; supplierId: string } {
  const buyerId = reader.required('buyerId', companyIdField);
  const supplierId = reader.required('supplierId', companyIdField);
  if (buyerId !== '' && buyerId === supplierId) reader.fail('supplierId', 'FIELD_CONFLICT', 'must differ from the buyer: a company does not order from itself', 'another member company');
  else if (supplierId !== '' && context.receiver !== null && supplierId !== context.receiver) {
    reader.fail('supplierId', 'NOT_ALLOWED', 'must be the receiver of the interchange: an order travels only to its supplier', context.receiver);
  }
  return { buyerId, supplierId };
}

function requiredFor(reader: SegmentReader<'CHG'>, name: 'changeId', purpose: string): string {
  if (!reader.given(name)) {
    reader.fail(name, 'FIELD_MISSING', `a ${purpose} names the change it asks for, so the answer can refer to it`, 'e.g. CR-7');
    return '';
  }
  return reader.required(name, idField);
}
