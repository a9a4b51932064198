import type { QueuedCommand } from './outbox/outbox';
import { SETTLED_MAX_AGE_MS, shows, stillUnshown, withCommands, type PhoneData } from './phone-data';
import type { PhoneCommand } from './outbox/phone-commands';
import type { PhoneOrder } from './orders/purchase-orders';
import type { PhoneRfq } from './rfqs/rfqs';
import { bracket } from './work/work-item.fixtures';
import { reportCommand } from './work/work-taps';

const at = '2026-11-21T09:15:00.000Z';
let keys = 0;
const queued = (command: PhoneCommand): QueuedCommand => ({ key: `key-${String(++keys).padStart(4, '0')}`, tappedAt: at, command });

const rfq: PhoneRfq = {
  rfqId: 'RFQ-1',
  status: 'open',
  issuedBy: 'lead-kanto',
  issuedAt: '2026-11-20T00:00:00.000Z',
  answerDeadline: '2026-11-28T08:00:00.000Z',
  lines: [{ lineNo: 1, partNumber: 'PN-GASKET', description: 'gasket', quantity: 40, dueDate: '2027-02-26', drawingRefs: [] }],
  quotes: [],
  declines: [],
};
const order: PhoneOrder = {
  poId: 'PO-2',
  buyerId: 'lead-kanto',
  status: 'Accepted',
  issuedAt: '2026-11-20T00:00:00.000Z',
  lines: [{ lineNo: 1, partNumber: 'PN-SHAFT', quantity: 20, dueDate: '2027-03-10', unitPrice: { amount: '555.35', currency: 'JPY' } }],
  pendingChange: { kind: 'CHANGE_REQUEST', changeId: 'CHG-1', requestedBy: 'lead-kanto', awaiting: 'ws-okada', reason: 'spares', lines: [{ lineNo: 1, quantity: 24, dueDate: null }] },
};
const server: PhoneData = { work: [bracket()], rfqs: [rfq], orders: [order, { ...order, poId: 'PO-3', status: 'Issued', pendingChange: null }] };
const line = { lineNo: 1, unitPrice: { amount: '95.50', currency: 'JPY' }, leadTimeDays: 10 };

describe('taps shown before the API has them', () => {
  it('applies queued taps in order over what the API last said', () => {
    const start = queued(reportCommand(bracket(), { kind: 'start' }, at));
    const started = withCommands(server, [start]).work?.[0];
    expect(started?.status).toBe('in_progress');
    const counts = queued(reportCommand(started ?? bracket(), { kind: 'counts', qtyGood: 12, qtyScrap: 1 }, at));
    expect(withCommands(server, [start, counts]).work?.[0]).toMatchObject({ status: 'in_progress', qtyGood: 12, qtyScrap: 1 });
  });

  it('shows a quote, a decline, an acknowledgement and an answered change at once', () => {
    const view = withCommands(server, [
      queued({ type: 'submit-quote', rfqId: 'RFQ-1', quoteId: 'q-1', lines: [line] }),
      queued({ type: 'accept-change', orderId: 'PO-2', changeId: 'CHG-1' }),
      queued({ type: 'accept-order', orderId: 'PO-3' }),
    ]);
    expect(view.rfqs?.[0]?.quotes).toEqual([{ quoteId: 'q-1', latestRevision: 1, revisedAt: at, lines: [{ ...line, note: null }] }]);
    expect(view.orders?.[0]).toMatchObject({ pendingChange: null, lines: [{ quantity: 24, dueDate: '2027-03-10' }] });
    expect(view.orders?.[1]?.status).toBe('Accepted');
    expect(withCommands(server, [queued({ type: 'decline-rfq', rfqId: 'RFQ-1', reason: '設備が空いていません' })]).rfqs?.[0]?.declines).toHaveLength(1);
  });

  it('leaves the lists not read yet alone', () => {
    const empty: PhoneData = { work: null, rfqs: null, orders: null };
    expect(withCommands(empty, [queued({ type: 'accept-order', orderId: 'PO-3' })])).toEqual(empty);
    expect(shows(empty, { type: 'accept-order', orderId: 'PO-3' })).toBe(false);
  });
});

describe('recorded commands kept until a read shows them', () => {
  const start = queued(reportCommand(bracket(), { kind: 'start' }, at));
  const counts = queued({ type: 'report-progress', poId: 'PO-1', lineNo: 1, tap: 'counts', input: { status: 'in_progress', operation: 10, qtyGood: 12, qtyScrap: 1, occurredAt: at } });
  const now = Date.parse(at);
  const settled = [start, counts].map((entry) => ({ queued: entry, settledAt: now }));

  it('keeps both while the read model is behind', () => {
    expect(stillUnshown(settled, server, now)).toEqual(settled);
  });

  it('drops a command the read shows, and every earlier one on the same item', () => {
    const caughtUp: PhoneData = { ...server, work: [bracket({ status: 'in_progress', qtyGood: 12, qtyScrap: 1 })] };
    expect(stillUnshown(settled, caughtUp, now)).toEqual([]);
    const halfway: PhoneData = { ...server, work: [bracket({ status: 'in_progress' })] };
    expect(stillUnshown(settled, halfway, now)).toEqual([settled[1]]);
  });

  it('drops a command on an item no longer listed (finished), and any after a minute', () => {
    expect(stillUnshown(settled, { ...server, work: [] }, now)).toEqual([]);
    expect(stillUnshown(settled, server, now + SETTLED_MAX_AGE_MS)).toEqual([]);
  });

  it('knows when quotes and answers to orders are shown', () => {
    const quote = { type: 'submit-quote', rfqId: 'RFQ-1', quoteId: 'q-1', lines: [line] } as const;
    expect(shows(server, quote)).toBe(false);
    const quoted: PhoneData = { ...server, rfqs: [{ ...rfq, quotes: [{ quoteId: 'q-1', latestRevision: 1, revisedAt: at, lines: [{ ...line, note: null }] }] }] };
    expect(shows(quoted, quote)).toBe(true);
    expect(shows(quoted, { ...quote, type: 'revise-quote', lines: [{ ...line, leadTimeDays: 12 }] })).toBe(false);
    expect(shows(server, { type: 'accept-change', orderId: 'PO-2', changeId: 'CHG-1' })).toBe(false);
    expect(shows({ ...server, orders: [{ ...order, pendingChange: null }] }, { type: 'reject-change', orderId: 'PO-2', changeId: 'CHG-1', reason: 'no' })).toBe(true);
    expect(shows(server, { type: 'accept-order', orderId: 'PO-3' })).toBe(false);
    expect(shows(server, { type: 'reject-order', orderId: 'PO-9', reason: 'gone' })).toBe(true);
  });
});
