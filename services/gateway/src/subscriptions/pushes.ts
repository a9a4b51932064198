import { GraphQLError } from 'graphql';
import type { OrderChange, OrderChangeFeed } from './order-changes';
import { tracedPush } from './push-span';

/** What a subscriber is sent after a change: a value, nothing (nothing it sees changed), or the end of its subscription. */
export type Push<T> = { readonly value: T } | 'nothing' | 'end';

export interface PushPlan<T> {
  /** Sent at once: what the subscriber sees now, so it misses nothing between a query and its subscription. */
  readonly first: T;
  /** Works out, for the subscriber, what to send after a change. */
  readonly afterChange: (change: OrderChange) => Promise<Push<T>>;
  /** Told of an unexpected failure, which ends the subscription with an internal error. */
  readonly onFailure: (error: unknown) => void;
  /** The subscription field, for the push span (`orderChanged`). */
  readonly field?: string;
}

/**
 * A subscription's source stream: `first`, then a value per change worth sending. It stops as
 * soon as graphql-ws returns it (client unsubscribed or gone), even while waiting for a change.
 */
export function pushes<T>(feed: OrderChangeFeed, plan: PushPlan<T>): AsyncIterableIterator<T> {
  let sentFirst = false;
  const done = (): IteratorResult<T> => ({ value: undefined, done: true });
  const stream: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      if (!sentFirst) {
        sentFirst = true;
        if (!feed.isClosed) return { value: plan.first, done: false };
      }
      for (let change = await feed.next(); !change.done; change = await feed.next()) {
        let push: Push<T>;
        try {
          push = await tracedPush(change.value, plan.field, () => plan.afterChange(change.value));
        } catch (error) {
          plan.onFailure(error);
          await feed.return();
          throw new GraphQLError('internal error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        }
        // Unsubscribed while this push was being worked out.
        if (feed.isClosed) return done();
        if (push === 'end') {
          await feed.return();
          return done();
        }
        if (push !== 'nothing') return { value: push.value, done: false };
      }
      return done();
    },
    async return(): Promise<IteratorResult<T>> {
      await feed.return();
      return done();
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
