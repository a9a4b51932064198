import { GraphQLError } from 'graphql';
import { OrderChanges, type OrderChange } from './order-changes';
import { pushes, type Push } from './pushes';

describe('pushes', () => {
  const setUp = (afterChange: (change: OrderChange) => Promise<Push<string>>) => {
    const changes = new OrderChanges();
    const failures: unknown[] = [];
    const stream = pushes(changes.watch(['CO-1']), { first: 'as it is now', afterChange, onFailure: (error) => failures.push(error) });
    return { changes, stream, failures };
  };

  it('sends what the subscriber sees now, then a value per change worth sending', async () => {
    const { changes, stream } = setUp(async (change) => ([...change.orderIds].includes('CO-1') ? { value: 'changed' } : 'nothing'));

    expect(await stream.next()).toEqual({ value: 'as it is now', done: false });
    const next = stream.next();
    changes.publish('CO-1');
    expect(await next).toEqual({ value: 'changed', done: false });
  });

  it('a change the subscriber sees nothing of sends nothing; the stream waits for the next one', async () => {
    let calls = 0;
    const { changes, stream } = setUp(async () => (++calls === 1 ? 'nothing' : { value: `change ${calls}` }));
    await stream.next();

    const next = stream.next();
    changes.publish('CO-1');
    await new Promise((resolve) => setImmediate(resolve));
    changes.publish('CO-1');

    expect(await next).toEqual({ value: 'change 2', done: false });
  });

  it('ends when the subscriber may no longer see what it watches, and stops watching', async () => {
    const { changes, stream } = setUp(async () => 'end');
    await stream.next();

    const next = stream.next();
    changes.publish('CO-1');

    expect(await next).toEqual({ value: undefined, done: true });
    expect(changes.watching).toBe(0);
  });

  it('return() while waiting for a change ends the stream at once', async () => {
    const { changes, stream } = setUp(async () => ({ value: 'never' }));
    await stream.next();
    const waiting = stream.next();

    await stream.return?.();

    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(changes.watching).toBe(0);
  });

  it('a failure ends the stream with an internal error that names nothing of the cause', async () => {
    const { changes, stream, failures } = setUp(async () => {
      throw new Error('relation "renkei_read.customer_orders" does not exist');
    });
    await stream.next();

    const next = stream.next();
    changes.publish('CO-1');

    const error = await next.catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toBe('internal error');
    expect((error as GraphQLError).extensions['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(failures).toHaveLength(1);
    expect(changes.watching).toBe(0);
  });
});
