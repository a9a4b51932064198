import { parseAcceptOrder, parseAcceptOrderWithChanges, parseAcceptProposedChanges, parseCancelOrder, parseRejectOrder, parseRejectProposedChanges } from './parse-acknowledgements';
import { parseAcceptChange, parseRejectChange, parseRequestChange } from './parse-change-requests';
import { parseConfirmReceipt, parseNotifyShipment } from './parse-shipments';
import { by, NOW, SUPPLIER } from './purchase-order.fixtures';

const metadata = by(SUPPLIER);
const target = { orderId: 'PO-1' };
const fields = (result: { ok: boolean; errors?: Array<{ field: string }> }) => (result.ok ? [] : (result.errors ?? []).map((error) => error.field));

describe('parsing acknowledgements and cancellations', () => {
  it('builds each command with the order id from the target', () => {
    expect(parseAcceptOrder(target, undefined, metadata)).toEqual({ ok: true, command: { type: 'AcceptOrder', data: { orderId: 'PO-1' }, metadata } });
    expect(parseAcceptProposedChanges(target, {}, metadata)).toEqual({ ok: true, command: { type: 'AcceptProposedChanges', data: { orderId: 'PO-1' }, metadata } });
    expect(parseRejectOrder(target, { reason: 'no capacity' }, metadata)).toEqual({ ok: true, command: { type: 'RejectOrder', data: { orderId: 'PO-1', reason: 'no capacity' }, metadata } });
    expect(parseRejectProposedChanges(target, { reason: 'fixed date' }, metadata)).toMatchObject({ ok: true, command: { data: { reason: 'fixed date' } } });
    expect(parseCancelOrder(target, { reason: 'customer cancelled' }, metadata)).toMatchObject({ ok: true, command: { type: 'CancelOrder' } });
  });

  it('refuses a bad order id, a missing or blank reason, and unknown fields', () => {
    expect(fields(parseAcceptOrder({ orderId: 'PO/1' }, { really: true }, metadata))).toEqual(['orderId', 'really']);
    expect(fields(parseRejectOrder(target, {}, metadata))).toEqual(['reason']);
    expect(fields(parseRejectProposedChanges(target, { reason: '   ' }, metadata))).toEqual(['reason']);
    expect(fields(parseCancelOrder(target, { reason: 'x'.repeat(501) }, metadata))).toEqual(['reason']);
    expect(fields(parseCancelOrder(target, [], metadata))).toEqual(['body', 'reason']);
  });

  it('reads proposed changes, an omitted value meaning unchanged', () => {
    expect(parseAcceptOrderWithChanges(target, { changes: [{ lineNo: 1, dueDate: '2026-12-08' }] }, metadata)).toMatchObject({
      ok: true,
      command: { data: { changes: [{ lineNo: 1, quantity: null, dueDate: '2026-12-08' }] } },
    });
  });

  it('names every bad change', () => {
    const result = parseAcceptOrderWithChanges(target, { changes: [{ lineNo: 1 }, { lineNo: 2, quantity: 0, dueDate: 'soon' }, { lineNo: 2, quantity: 5, eta: 'x' }] }, metadata);
    expect(fields(result)).toEqual(['changes[0]', 'changes[1].quantity', 'changes[1].dueDate', 'changes[2].eta', 'changes[2].lineNo']);
    expect(fields(parseAcceptOrderWithChanges(target, { changes: [] }, metadata))).toEqual(['changes']);
  });
});

describe('parsing change requests', () => {
  it('builds RequestChange, AcceptChange and RejectChange', () => {
    expect(parseRequestChange(target, { changeId: 'CR-1', changes: [{ lineNo: 1, quantity: 80 }], reason: 'lot cut' }, metadata)).toEqual({
      ok: true,
      command: { type: 'RequestChange', data: { orderId: 'PO-1', changeId: 'CR-1', changes: [{ lineNo: 1, quantity: 80, dueDate: null }], reason: 'lot cut' }, metadata },
    });
    expect(parseAcceptChange(target, { changeId: 'CR-1' }, metadata)).toEqual({ ok: true, command: { type: 'AcceptChange', data: { orderId: 'PO-1', changeId: 'CR-1' }, metadata } });
    expect(parseRejectChange(target, { changeId: 'CR-1', reason: 'no' }, metadata)).toMatchObject({ ok: true, command: { data: { changeId: 'CR-1', reason: 'no' } } });
  });

  it('names every bad field', () => {
    expect(fields(parseRequestChange(target, { changeId: 'CR 1', changes: 'less', reason: '' }, metadata))).toEqual(['changeId', 'changes', 'reason']);
    expect(fields(parseAcceptChange(target, {}, metadata))).toEqual(['changeId']);
    expect(fields(parseRejectChange(target, { changeId: 'CR-1' }, metadata))).toEqual(['reason']);
  });
});

describe('parsing shipments and receipts', () => {
  it('builds NotifyShipment, shippedAt defaulting to now', () => {
    expect(parseNotifyShipment(target, { shipmentId: 'SH-1', lines: [{ lineNo: 1, quantity: 20 }] }, metadata)).toEqual({
      ok: true,
      command: { type: 'NotifyShipment', data: { orderId: 'PO-1', shipmentId: 'SH-1', lines: [{ lineNo: 1, quantity: 20 }], shippedAt: NOW }, metadata },
    });
    const given = parseNotifyShipment(target, { shipmentId: 'SH-1', lines: [{ lineNo: 1, quantity: 20 }], shippedAt: '2026-11-20T07:30:00+09:00' }, metadata);
    expect(given.ok && given.command.data.shippedAt.toISOString()).toBe('2026-11-19T22:30:00.000Z');
  });

  it('names every bad shipment field, refusing times without a zone', () => {
    const result = parseNotifyShipment(target, { shipmentId: '', lines: [{ lineNo: 1, quantity: 0 }, { lineNo: 1, quantity: 2 }], shippedAt: '2026-11-20 07:30' }, metadata);
    expect(fields(result)).toEqual(['shipmentId', 'lines[0].quantity', 'lines[1].lineNo', 'shippedAt']);
  });

  it('builds ConfirmReceipt, rejected pieces defaulting to none', () => {
    expect(parseConfirmReceipt(target, { shipmentId: 'SH-1', lines: [{ lineNo: 1, receivedQuantity: 20 }] }, metadata)).toEqual({
      ok: true,
      command: { type: 'ConfirmReceipt', data: { orderId: 'PO-1', shipmentId: 'SH-1', lines: [{ lineNo: 1, receivedQuantity: 20, rejectedQuantity: 0 }] }, metadata },
    });
  });

  it('names every bad receipt field', () => {
    const result = parseConfirmReceipt(target, { lines: [{ lineNo: 1, receivedQuantity: -1, rejectedQuantity: 'two' }, 'x'] }, metadata);
    expect(fields(result)).toEqual(['shipmentId', 'lines[0].receivedQuantity', 'lines[0].rejectedQuantity', 'lines[1]']);
  });
});
