import type { OrdersCommandMetadata } from '../command-metadata';
import { REASON_MAX_LENGTH, type ParseResult } from '../parse/field-reader';
import { parseOrderCommand } from '../parse/parse-order-command';
import { readLineChanges } from '../parse/read-lines';
import type { AcceptChange, RejectChange, RequestChange } from './purchase-order-commands';

type Target = { readonly orderId: string };

/** The change id is the caller's, so a retried request cannot open two change requests. */
export function parseRequestChange(target: Target, body: unknown, metadata: OrdersCommandMetadata): ParseResult<RequestChange> {
  const shape = { what: 'a change request', fields: ['changeId', 'changes', 'reason'], example: '{ "changeId": "CR-1", "changes": [...], "reason": "..." }' };
  return parseOrderCommand<RequestChange>('RequestChange', target, body, metadata, shape, (reader, input) => ({
    changeId: reader.id(input['changeId'], 'changeId'),
    changes: readLineChanges(reader, input['changes']),
    reason: reader.text(input['reason'], 'reason', REASON_MAX_LENGTH),
  }));
}

export function parseAcceptChange(target: Target, body: unknown, metadata: OrdersCommandMetadata): ParseResult<AcceptChange> {
  return parseOrderCommand<AcceptChange>('AcceptChange', target, body, metadata, { what: 'accepting a change', fields: ['changeId'], example: '{ "changeId": "CR-1" }' }, (reader, input) => ({
    changeId: reader.id(input['changeId'], 'changeId'),
  }));
}

export function parseRejectChange(target: Target, body: unknown, metadata: OrdersCommandMetadata): ParseResult<RejectChange> {
  const shape = { what: 'rejecting a change', fields: ['changeId', 'reason'], example: '{ "changeId": "CR-1", "reason": "..." }' };
  return parseOrderCommand<RejectChange>('RejectChange', target, body, metadata, shape, (reader, input) => ({
    changeId: reader.id(input['changeId'], 'changeId'),
    reason: reader.text(input['reason'], 'reason', REASON_MAX_LENGTH),
  }));
}
