/**
 * Every segment's fields, in order: position p is the p-th name. The reader names fields from here
 * and refuses extra ones; docs/edi.md lists the same names with their rules.
 */
export const SEGMENT_FIELDS = {
  // Envelope
  ENV: ['syntaxVersion', 'sender', 'receiver', 'controlNumber', 'sequenceNumber', 'createdAt'],
  TRL: ['controlNumber', 'messageCount', 'segmentCount'],
  MSG: ['messageRef', 'messageKind'],
  END: ['messageRef'],
  // Purchase order, order change, order cancellation (RENKEI → workshop)
  PO: ['orderId', 'customerOrderId', 'buyerId', 'supplierId', 'tier', 'issuedAt', 'parentOrderId', 'parentLineNo'],
  LIN: ['lineNo', 'partNumber', 'bomNodeId', 'quantity', 'dueDate', 'unitPrice', 'currency'],
  CHG: ['orderId', 'purpose', 'buyerId', 'supplierId', 'changedAt', 'changeId', 'reason'],
  CLN: ['lineNo', 'quantity', 'dueDate'],
  CAN: ['orderId', 'buyerId', 'supplierId', 'cancelledAt', 'reason'],
  // Order acknowledgement, progress report, shipment notice (workshop → RENKEI)
  ACK: ['orderId', 'decision', 'changeId', 'reason'],
  PRG: ['poId', 'lineNo', 'status', 'qtyGood', 'qtyScrap', 'occurredAt', 'eta', 'operation', 'milestone', 'percent', 'delayReasonCode'],
  NTE: ['note'],
  SHP: ['orderId', 'shipmentId', 'shippedAt'],
  SHL: ['lineNo', 'quantity'],
  // Functional acknowledgement
  FAK: ['acknowledgedControlNumber', 'acknowledgedSender', 'status'],
  FAM: ['messageRef', 'messageKind', 'status'],
  FER: ['errorCode', 'line', 'tag', 'fieldPosition', 'fieldName', 'rule', 'allowed'],
  // Application acknowledgement
  AAK: ['acknowledgedControlNumber', 'acknowledgedSender'],
  AAM: ['messageRef', 'outcome', 'reference', 'errorCode', 'text'],
  AER: ['field', 'rule', 'allowed'],
} as const satisfies Record<string, readonly string[]>;

export type SegmentTag = keyof typeof SEGMENT_FIELDS;
export type FieldName<Tag extends SegmentTag> = (typeof SEGMENT_FIELDS)[Tag][number];

export function isSegmentTag(tag: string): tag is SegmentTag {
  return Object.prototype.hasOwnProperty.call(SEGMENT_FIELDS, tag);
}
