import type { EventStore } from '@renkei/event-store';
import { describeAppendConformance } from './append.conformance';
import { describeConcurrencyConformance } from './concurrency.conformance';
import { describeReadConformance } from './read.conformance';
import { describeSubscriptionConformance } from './subscription.conformance';

export type ConformanceFactory = () => Promise<{ store: EventStore; teardown(): Promise<void> }>;

/**
 * What every adapter of the event store port must do. Run it from an adapter's
 * int-spec with a factory that opens a fresh, real store.
 */
export function describeEventStoreConformance(adapterName: string, factory: ConformanceFactory): void {
  describe(`event store conformance: ${adapterName}`, () => {
    let opened: Awaited<ReturnType<ConformanceFactory>> | undefined;
    const store = (): EventStore => {
      if (!opened) throw new Error('store not opened');
      return opened.store;
    };
    beforeAll(async () => {
      opened = await factory();
    });
    afterAll(async () => {
      await opened?.teardown();
    });

    describeAppendConformance(store);
    describeReadConformance(store);
    describeConcurrencyConformance(store);
    describeSubscriptionConformance(store);
  });
}
