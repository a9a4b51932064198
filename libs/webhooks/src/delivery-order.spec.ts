import { dueDeliveries, type OpenDelivery } from './delivery-order';

const now = new Date('2026-11-21T09:00:00Z');
const earlier = new Date(now.getTime() - 1_000);
const later = new Date(now.getTime() + 60_000);
let position = 0n;
const open = (subscription: string, streamId: string, eventId: string, status: OpenDelivery['status'] = 'pending', nextAttemptAt = earlier): OpenDelivery => ({
  subscription, streamId, eventId, status, nextAttemptAt, position: [100n, ++position],
});
const ids = (deliveries: OpenDelivery[]) => deliveries.map((each) => each.eventId);
const free = (count: number, inFlight: Array<{ subscription: string; eventId: string }> = [], perSubscription = 100) => ({ free: count, perSubscription, inFlight });

describe('which deliveries go now', () => {
  it('sends only the earliest open event of each stream', () => {
    const list = [open('s', 'order-1', 'a1'), open('s', 'order-1', 'a2'), open('s', 'order-2', 'b1')];
    expect(ids(dueDeliveries(list, now, free(10)))).toEqual(['a1', 'b1']);
  });

  it('holds a stream back while its earlier event waits for a retry, is in flight or is dead-lettered, not other streams', () => {
    const waiting = [open('s', 'order-1', 'a1', 'pending', later), open('s', 'order-1', 'a2'), open('s', 'order-2', 'b1')];
    expect(ids(dueDeliveries(waiting, now, free(10)))).toEqual(['b1']);
    const inFlight = [open('s', 'order-1', 'c1'), open('s', 'order-1', 'c2')];
    expect(ids(dueDeliveries(inFlight, now, free(10, [{ subscription: 's', eventId: 'c1' }])))).toEqual([]);
    const dead = [open('s', 'order-1', 'd1', 'dead'), open('s', 'order-1', 'd2'), open('s', 'order-3', 'e1')];
    expect(ids(dueDeliveries(dead, now, free(10)))).toEqual(['e1']);
  });

  it('decides by log position, whatever order the list comes in', () => {
    const first = open('s', 'order-1', 'f1');
    const second = open('s', 'order-1', 'f2');
    expect(ids(dueDeliveries([second, first], now, free(10)))).toEqual(['f1']);
  });

  it('keeps the order of each subscription to itself: one subscription failing does not hold back another', () => {
    const list = [open('s1', 'order-1', 'g1', 'pending', later), open('s2', 'order-1', 'h1')];
    expect(ids(dueDeliveries(list, now, free(10)))).toEqual(['h1']);
  });

  it('shares the free slots round-robin, and caps what one subscription may have in flight', () => {
    const busy = ['x1', 'x2', 'x3', 'x4'].map((id, index) => open('busy', `order-${index}`, id));
    const quiet = open('quiet', 'order-9', 'q1', 'pending', new Date(now.getTime() - 10));
    expect(ids(dueDeliveries([...busy, quiet], now, free(2)))).toEqual(['x1', 'q1']);
    expect(ids(dueDeliveries([...busy, quiet], now, free(10, [{ subscription: 'busy', eventId: 'other' }], 2)))).toEqual(['x1', 'q1']);
  });
});
