/** A delivery not finished yet: waiting for its (next) attempt, or dead-lettered. */
export interface OpenDelivery {
  readonly subscription: string;
  readonly eventId: string;
  readonly streamId: string;
  /** The event's log position; within a stream, log order is revision order. */
  readonly position: readonly [commit: bigint, prepare: bigint];
  readonly status: 'pending' | 'dead';
  readonly nextAttemptAt: Date;
}

export interface DeliverySlots {
  /** Attempts that may start now (the sender's free concurrency). */
  readonly free: number;
  /** At most this many attempts in flight for one subscription, so one slow receiver cannot take every slot. */
  readonly perSubscription: number;
  /** Attempts in flight. */
  readonly inFlight: ReadonlyArray<{ readonly subscription: string; readonly eventId: string }>;
}

const comparePositions = (a: OpenDelivery, b: OpenDelivery): number => {
  const [ac, ap] = a.position;
  const [bc, bp] = b.position;
  return ac !== bc ? (ac < bc ? -1 : 1) : ap < bp ? -1 : ap > bp ? 1 : 0;
};

/**
 * The attempts to start now. Per subscription and stream only the earliest open delivery may go:
 * a later event of the stream waits while an earlier one is in flight, waiting for a retry, or
 * dead-lettered, so a receiver sees each stream in order; other streams are not held up. Among
 * subscriptions, slots are dealt round-robin, the longest-waiting first.
 */
export function dueDeliveries(open: readonly OpenDelivery[], now: Date, slots: DeliverySlots): OpenDelivery[] {
  const busy = new Set(slots.inFlight.map((each) => `${each.subscription}\n${each.eventId}`));
  const busyPerSubscription = new Map<string, number>();
  for (const each of slots.inFlight) busyPerSubscription.set(each.subscription, (busyPerSubscription.get(each.subscription) ?? 0) + 1);

  const heads = new Map<string, OpenDelivery>();
  for (const delivery of [...open].sort(comparePositions)) {
    const stream = `${delivery.subscription}\n${delivery.streamId}`;
    if (!heads.has(stream)) heads.set(stream, delivery);
  }
  const queues = new Map<string, OpenDelivery[]>();
  const due = [...heads.values()]
    .filter((head) => head.status === 'pending' && head.nextAttemptAt.getTime() <= now.getTime() && !busy.has(`${head.subscription}\n${head.eventId}`))
    .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || comparePositions(a, b));
  for (const head of due) queues.set(head.subscription, [...(queues.get(head.subscription) ?? []), head]);

  const picked: OpenDelivery[] = [];
  while (picked.length < slots.free) {
    let progressed = false;
    for (const [subscription, queue] of queues) {
      if (picked.length >= slots.free) break;
      const running = busyPerSubscription.get(subscription) ?? 0;
      const next = queue.shift();
      if (next === undefined || running >= slots.perSubscription) continue;
      picked.push(next);
      busyPerSubscription.set(subscription, running + 1);
      progressed = true;
    }
    if (!progressed) break;
  }
  return picked;
}
