import type { OrdersCommandMetadata } from '../command-metadata';
import { parseOrderCommand } from '../parse/parse-order-command';
import { readLineChanges } from '../parse/read-lines';
import { REASON_MAX_LENGTH, type ParseResult } from '../parse/field-reader';
import type { AcceptOrder, AcceptOrderWithChanges, AcceptProposedChanges, CancelOrder, RejectOrder, RejectProposedChanges } from './purchase-order-commands';

type Target = { readonly orderId: string };

const NO_FIELDS = { fields: [], example: '{}' } as const;
const REASON = { fields: ['reason'], example: '{ "reason": "..." }' } as const;

export function parseAcceptOrder(target: Target, body: unknown, metadata: OrdersCommandMetadata): ParseResult<AcceptOrder> {
  return parseOrderCommand<AcceptOrder>('AcceptOrder', target, body, metadata, { what: 'accepting an order (it takes none)', ...NO_FIELDS }, () => ({}));
}

export function parseRejectOrder(target: Target, body: unknown, metadata: OrdersCommandMetadata): ParseResult<RejectOrder> {
  return parseOrderCommand<RejectOrder>('RejectOrder', target, body, metadata, { what: 'rejecting an order', ...REASON }, (reader, input) => ({
    reason: reader.text(input['reason'], 'reason', REASON_MAX_LENGTH),
  }));
}

export function parseAcceptOrderWithChanges(target: Target, body: unknown, metadata: OrdersCommandMetadata): ParseResult<AcceptOrderWithChanges> {
  const shape = { what: 'accepting with changes', fields: ['changes'], example: '{ "changes": [{ "lineNo": 1, "dueDate": "2026-12-08" }] }' };
  return parseOrderCommand<AcceptOrderWithChanges>('AcceptOrderWithChanges', target, body, metadata, shape, (reader, input) => ({
    changes: readLineChanges(reader, input['changes']),
  }));
}

export function parseAcceptProposedChanges(target: Target, body: unknown, metadata: OrdersCommandMetadata): ParseResult<AcceptProposedChanges> {
  const shape = { what: 'accepting proposed changes (it takes none)', ...NO_FIELDS };
  return parseOrderCommand<AcceptProposedChanges>('AcceptProposedChanges', target, body, metadata, shape, () => ({}));
}

export function parseRejectProposedChanges(target: Target, body: unknown, metadata: OrdersCommandMetadata): ParseResult<RejectProposedChanges> {
  return parseOrderCommand<RejectProposedChanges>('RejectProposedChanges', target, body, metadata, { what: 'rejecting proposed changes', ...REASON }, (reader, input) => ({
    reason: reader.text(input['reason'], 'reason', REASON_MAX_LENGTH),
  }));
}

export function parseCancelOrder(target: Target, body: unknown, metadata: OrdersCommandMetadata): ParseResult<CancelOrder> {
  return parseOrderCommand<CancelOrder>('CancelOrder', target, body, metadata, { what: 'cancelling an order', ...REASON }, (reader, input) => ({
    reason: reader.text(input['reason'], 'reason', REASON_MAX_LENGTH),
  }));
}
