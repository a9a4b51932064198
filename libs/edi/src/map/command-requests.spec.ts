import { parseAcceptChange, parseAcceptOrder, parseAcceptOrderWithChanges, parseNotifyShipment, parseRejectChange, parseRejectOrder } from '@renkei/orders';
import { parseReportProgress } from '@renkei/work-progress';
import fc from 'fast-check';
import { toHubArb } from '../edi-arbitraries.fixtures';
import { RENKEI_HUB, type EdiMessage, type Envelope } from '../interchange';
import { commandRequestOf, type CommandRequest } from './command-requests';

const envelope: Envelope = { sender: 'okada-seiki', receiver: RENKEI_HUB, controlNumber: 123, sequenceNumber: 42, createdAt: '2026-11-20T09:00:00Z' };
const now = new Date('2026-11-20T10:00:00Z');

function requestOf(message: EdiMessage): CommandRequest | null {
  const mapping = commandRequestOf(envelope, message);
  return mapping.kind === 'command' ? mapping.request : null;
}

/**
 * What the REST API makes of a request: the routes of services/orders (purchase-order-acknowledgements,
 * -changes, -deliveries controllers) and services/work-progress (report-progress controller), each
 * calling the same parse function, with the body as it arrives over HTTP (JSON).
 */
function parsedByTheApi(request: CommandRequest) {
  const body: unknown = JSON.parse(JSON.stringify(request.body));
  const metadata = { actor: { companyId: request.actingFor, role: 'workshop' as const }, now };
  const [, ...parts] = request.path.split('/').map(decodeURIComponent);
  const [version, resource, id = '', ...rest] = parts;
  if (version !== 'v1' || request.method !== 'POST') return null;
  const action = rest.join('/');
  if (resource === 'work-items' && rest[1] === 'progress') return parseReportProgress({ poId: id, lineNo: rest[0] ?? '' }, body, { companyId: request.actingFor, now });
  if (resource !== 'purchase-orders') return null;
  const target = { orderId: id };
  const withChangeId = { ...(body as object), changeId: rest[1] };
  if (action === 'acceptance') return parseAcceptOrder(target, body, metadata);
  if (action === 'rejection') return parseRejectOrder(target, body, metadata);
  if (action === 'acceptance-with-changes') return parseAcceptOrderWithChanges(target, body, metadata);
  if (action === 'shipments') return parseNotifyShipment(target, body, metadata);
  if (rest[0] === 'change-requests' && rest[2] === 'acceptance') return parseAcceptChange(target, withChangeId, metadata);
  if (rest[0] === 'change-requests' && rest[2] === 'rejection') return parseRejectChange(target, withChangeId, metadata);
  return null;
}

describe('commandRequestOf', () => {
  const ack = { kind: 'ORDER-ACKNOWLEDGEMENT', ref: '1', orderId: 'PO-1' } as const;
  const key = { 'Idempotency-Key': 'edi/okada-seiki/000000123/1' };

  it.each<[string, EdiMessage, string, Record<string, unknown>]>([
    ['accepting an order', { ...ack, decision: 'ACCEPT', changeId: null }, '/v1/purchase-orders/PO-1/acceptance', {}],
    ['rejecting an order', { ...ack, decision: 'REJECT', changeId: null, reason: 'no material' }, '/v1/purchase-orders/PO-1/rejection', { reason: 'no material' }],
    [
      'accepting an order with changes',
      { ...ack, decision: 'ACCEPT-WITH-CHANGES', changes: [{ lineNo: 1, quantity: 30, dueDate: null }, { lineNo: 2, quantity: null, dueDate: '2026-12-08' }] },
      '/v1/purchase-orders/PO-1/acceptance-with-changes',
      { changes: [{ lineNo: 1, quantity: 30 }, { lineNo: 2, dueDate: '2026-12-08' }] },
    ],
    ['accepting a change request', { ...ack, decision: 'ACCEPT', changeId: 'CR-7' }, '/v1/purchase-orders/PO-1/change-requests/CR-7/acceptance', {}],
    ['rejecting a change request', { ...ack, decision: 'REJECT', changeId: 'CR-7', reason: 'too late' }, '/v1/purchase-orders/PO-1/change-requests/CR-7/rejection', { reason: 'too late' }],
    [
      'notifying a shipment',
      { kind: 'SHIPMENT-NOTICE', ref: '1', orderId: 'PO-1', shipmentId: 'SH-1', shippedAt: '2026-11-25T07:30:00Z', lines: [{ lineNo: 1, quantity: 20 }] },
      '/v1/purchase-orders/PO-1/shipments',
      { shipmentId: 'SH-1', lines: [{ lineNo: 1, quantity: 20 }], shippedAt: '2026-11-25T07:30:00Z' },
    ],
    [
      'reporting progress, with only what the report says',
      { kind: 'PROGRESS-REPORT', ref: '1', poId: 'PO-1', lineNo: 2, status: 'delayed', qtyGood: 40, qtyScrap: 1, occurredAt: '2026-11-20T09:00:00Z', eta: '2026-11-28', operation: 20, milestone: null, percent: null, delayReasonCode: 'material', note: null },
      '/v1/work-items/PO-1/2/progress',
      { status: 'delayed', qtyGood: 40, qtyScrap: 1, occurredAt: '2026-11-20T09:00:00Z', eta: '2026-11-28', operation: 20, delayReasonCode: 'material' },
    ],
  ])('maps %s to the REST call a workshop would make', (_, message, path, body) => {
    expect(requestOf(message)).toEqual({ method: 'POST', path, headers: key, body, actingFor: 'okada-seiki' });
  });

  it('derives one idempotency key per sender, control number and message: a file sent twice is applied once', () => {
    const message: EdiMessage = { ...ack, ref: 'M7', decision: 'ACCEPT', changeId: null };
    expect(requestOf(message)?.headers['Idempotency-Key']).toBe('edi/okada-seiki/000000123/M7');
    expect(commandRequestOf({ ...envelope, controlNumber: 124 }, message)).toMatchObject({ request: { headers: { 'Idempotency-Key': 'edi/okada-seiki/000000124/M7' } } });
  });

  it('makes no command of what travels outbound, nor of acknowledgements', () => {
    const cancellation: EdiMessage = { kind: 'ORDER-CANCELLATION', ref: '1', orderId: 'PO-1', buyerId: 'lead-co', supplierId: 'okada-seiki', cancelledAt: '2026-11-22T08:00:00Z', reason: 'x' };
    const functional: EdiMessage = { kind: 'FUNCTIONAL-ACK', ref: '2', acknowledgedControlNumber: 1, acknowledgedSender: RENKEI_HUB, status: 'ACCEPTED', errors: [], messages: [] };
    expect([cancellation, functional].map((message) => commandRequestOf(envelope, message).kind)).toEqual(['none', 'none']);
  });
});

describe('the REST API takes every command request as the message means it', () => {
  it('gives the commands the examples say', () => {
    const changes = [{ lineNo: 1, quantity: 30, dueDate: null }];
    const parsed = [
      parsedByTheApi(requestOf({ kind: 'ORDER-ACKNOWLEDGEMENT', ref: '1', orderId: 'PO-1', decision: 'ACCEPT-WITH-CHANGES', changes }) as CommandRequest),
      parsedByTheApi(requestOf({ kind: 'ORDER-ACKNOWLEDGEMENT', ref: '2', orderId: 'PO-1', decision: 'REJECT', changeId: 'CR-7', reason: 'too late' }) as CommandRequest),
      parsedByTheApi(requestOf({ kind: 'SHIPMENT-NOTICE', ref: '3', orderId: 'PO-1', shipmentId: 'SH-1', shippedAt: '2026-11-25T07:30:00Z', lines: [{ lineNo: 1, quantity: 20 }] }) as CommandRequest),
    ];
    expect(parsed.map((result) => result?.ok && { type: result.command.type, data: result.command.data })).toEqual([
      { type: 'AcceptOrderWithChanges', data: { orderId: 'PO-1', changes } },
      { type: 'RejectChange', data: { orderId: 'PO-1', changeId: 'CR-7', reason: 'too late' } },
      { type: 'NotifyShipment', data: { orderId: 'PO-1', shipmentId: 'SH-1', lines: [{ lineNo: 1, quantity: 20 }], shippedAt: new Date('2026-11-25T07:30:00Z') } },
    ]);
  });

  it('accepts the request of any valid inbound message, with the fields the message gave', () => {
    fc.assert(
      fc.property(toHubArb, (content) => {
        const message = { ...content, ref: '1' } as EdiMessage;
        const request = requestOf(message);
        const parsed = request === null ? null : parsedByTheApi(request);
        expect(parsed?.ok ? [] : parsed?.errors).toEqual([]);
        if (message.kind === 'PROGRESS-REPORT' && parsed?.ok && parsed.command.type === 'ReportProgress') {
          const { data } = parsed.command;
          expect({ ...data, occurredAt: data.occurredAt.toISOString() }).toEqual({
            ...Object.fromEntries(Object.entries(message).filter(([field]) => !['kind', 'ref'].includes(field))),
            occurredAt: new Date(message.occurredAt).toISOString(),
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
