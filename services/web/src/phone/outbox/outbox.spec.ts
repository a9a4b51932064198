import { ApiError } from '../../api/api-error';
import { emptyOutbox, enqueue, nextToSend, outboxStorageKey, parseQueue, resume, serializeQueue, settle, type QueuedCommand, type SendOutcome } from './outbox';

const tap = (key: string): QueuedCommand => ({ key, tappedAt: '2026-11-21T09:15:00.000Z', command: { type: 'accept-order', orderId: `PO-${key}` } });
const failed = (kind: ApiError['kind']): SendOutcome => ({ kind: 'failed', error: new ApiError(kind, 'X', 'x'), fields: [] });
const sent: SendOutcome = { kind: 'sent', replayed: false };

describe('the outbox of taps', () => {
  const two = enqueue(enqueue(emptyOutbox, tap('key-0001')), tap('key-0002'));

  it('sends in tap order, one at a time, and the same tap only once', () => {
    expect(two.queue.map((queued) => queued.key)).toEqual(['key-0001', 'key-0002']);
    expect(enqueue(two, tap('key-0001'))).toBe(two);
    expect(nextToSend(two)?.key).toBe('key-0001');
    const after = settle(two, 'key-0001', sent);
    expect(after.settlement).toBe('sent');
    expect(nextToSend(after.outbox)?.key).toBe('key-0002');
  });

  it('keeps a command that got no answer first in line, counting failures for the backoff', () => {
    const once = settle(two, 'key-0001', failed('network'));
    expect(once.settlement).toBe('retry');
    const twice = settle(once.outbox, 'key-0001', failed('server'));
    expect(twice.outbox.queue).toEqual(two.queue);
    expect(twice.outbox.failures).toBe(2);
    expect(settle(twice.outbox, 'key-0001', { kind: 'sent', replayed: true }).outbox).toEqual({ queue: [tap('key-0002')], failures: 0, halted: false });
  });

  it('drops a refused command and goes on with the next', () => {
    for (const kind of ['bad-request', 'forbidden', 'not-found'] as const) {
      const { outbox, settlement } = settle(two, 'key-0001', failed(kind));
      expect([kind, settlement, outbox.queue.map((queued) => queued.key)]).toEqual([kind, 'refused', ['key-0002']]);
    }
  });

  it('stops sending, keeping every tap, when the link is no longer accepted, until it resumes', () => {
    const { outbox, settlement } = settle(two, 'key-0001', failed('unauthenticated'));
    expect(settlement).toBe('halt');
    expect(outbox.queue).toHaveLength(2);
    expect(nextToSend(outbox)).toBeNull();
    expect(nextToSend(resume(outbox))?.key).toBe('key-0001');
  });

  it('ignores an answer for a command that is no longer first (another tab sent it)', () => {
    expect(settle(two, 'key-0002', sent).outbox).toBe(two);
  });

  it('survives a reload: stored per company, read back as it was, anything unreadable left out', () => {
    expect(outboxStorageKey('ws-okada')).toBe('renkei.phone.outbox.ws-okada');
    expect(parseQueue(serializeQueue(two.queue))).toEqual(two.queue);
    expect(parseQueue(null)).toEqual([]);
    expect(parseQueue('not json')).toEqual([]);
    expect(parseQueue(JSON.stringify({ version: 99, queue: two.queue }))).toEqual([]);
    const mixed = JSON.stringify({ version: 1, queue: [tap('key-0001'), { key: 'short', tappedAt: 'x', command: { type: 'accept-order' } }, { key: 'key-0003', tappedAt: 'x', command: { type: 'launch-rocket' } }] });
    expect(parseQueue(mixed)).toEqual([tap('key-0001')]);
  });
});
