import type { OrderLineChangeV1 } from '@renkei/contracts';
import { dateField, lineNoField, quantityField } from '../syntax/field-types';
import type { SegmentLine } from '../syntax/segment-line';
import { readersOf, refuseRepeatedLineNos, type MessageContext } from './message-context';

/** CLN segments, in order change and order acknowledgement alike: a new quantity, a new due date, or both. */
export function readLineChanges(segments: readonly SegmentLine[], context: MessageContext): OrderLineChangeV1[] {
  const lines = readersOf(segments, 'CLN', context.errors).map((reader) => {
    const change = { lineNo: reader.required('lineNo', lineNoField), quantity: reader.optional('quantity', quantityField), dueDate: reader.optional('dueDate', dateField) };
    if (!reader.given('quantity') && !reader.given('dueDate')) reader.fail('quantity', 'FIELD_MISSING', 'a line change changes the quantity, the due date or both', 'CLN|1|30 or CLN|1||2026-12-08 or CLN|1|30|2026-12-08');
    return { reader, change };
  });
  refuseRepeatedLineNos(lines.map(({ reader, change }) => ({ reader, lineNo: change.lineNo })));
  return lines.map(({ change }) => change);
}
