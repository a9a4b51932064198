import { OrderChanges, type OrderChange } from './order-changes';

const plain = (change: OrderChange | undefined) => (change === undefined ? undefined : { orderIds: [...change.orderIds].sort(), anyOrder: change.anyOrder });

describe('OrderChanges', () => {
  it('a feed hears the orders it watches, and only those', async () => {
    const changes = new OrderChanges();
    const feed = changes.watch(['CO-1']);
    const next = feed.next();

    changes.publish('CO-2');
    changes.publish('CO-1');

    expect(plain((await next).value)).toEqual({ orderIds: ['CO-1'], anyOrder: false });
  });

  it('changes published while the reader is busy reach it as one', async () => {
    const changes = new OrderChanges();
    const feed = changes.watch('every order');

    changes.publish('CO-1');
    changes.publish('CO-2');
    changes.publish('CO-1');

    expect(plain((await feed.next()).value)).toEqual({ orderIds: ['CO-1', 'CO-2'], anyOrder: false });
    // Nothing else is pending: the next read waits for the next change.
    const after = feed.next();
    changes.publish('CO-3');
    expect(plain((await after).value)).toEqual({ orderIds: ['CO-3'], anyOrder: false });
  });

  it('after a gap, every feed is told to look again at whatever it watches', async () => {
    const changes = new OrderChanges();
    const one = changes.watch(['CO-1']);
    const every = changes.watch('every order');

    changes.publishAnyOrder();

    expect(plain((await one.next()).value)).toEqual({ orderIds: ['CO-1'], anyOrder: false });
    expect(plain((await every.next()).value)).toEqual({ orderIds: [], anyOrder: true });
  });

  it('return() ends a waiting read at once and stops watching', async () => {
    const changes = new OrderChanges();
    const feed = changes.watch(['CO-1']);
    const waiting = feed.next();

    await feed.return();

    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(changes.watching).toBe(0);
    changes.publish('CO-1');
    expect(await feed.next()).toEqual({ value: undefined, done: true });
  });

  it('close() ends every feed', async () => {
    const changes = new OrderChanges();
    const feeds = [changes.watch(['CO-1']), changes.watch('every order')];

    changes.close();

    expect(await Promise.all(feeds.map((feed) => feed.next()))).toEqual([
      { value: undefined, done: true },
      { value: undefined, done: true },
    ]);
    expect(changes.watching).toBe(0);
  });
});
