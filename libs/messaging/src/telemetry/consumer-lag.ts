import { metrics, type ObservableGauge, type ObservableResult } from '@opentelemetry/api';
import { MESSAGING_SCOPE } from './trace-propagation';

export const CONSUMER_LAG_EVENTS = 'renkei.consumer.lag.events';
export const CONSUMER_LAG_TIME = 'renkei.consumer.lag.time';

/** Where a consumer has read to; updated per message or batch in memory, observed when a reader collects. */
export class ConsumerProgress {
  private lastRecordedAt: number | undefined;
  private reachedAt = 0;
  private readonly partitionLag = new Map<string, number>();
  private batchFull = false;

  constructor(
    readonly consumer: string,
    readonly system: 'kafka' | 'event-log',
    private readonly onStop: (progress: ConsumerProgress) => void,
  ) {}

  /** The consumer stopped: its lag is no longer reported. */
  stop(): void {
    this.onStop(this);
  }

  /** The consumer handled (or passed over) an event recorded at `recordedAt`. */
  reached(recordedAt: Date): void {
    ensureGauges(); // a meter provider registered after the consumer started still gets the gauges
    this.lastRecordedAt = recordedAt.getTime();
    this.reachedAt = Date.now();
  }

  /** Kafka: what is left on a partition after a batch (high watermark − last offset − 1). */
  partitionBehind(partition: string, events: number): void {
    this.partitionLag.set(partition, Math.max(0, events));
  }

  /** The in-process source: a full batch means more was waiting when it was read. */
  batchWasFull(full: boolean): void {
    this.batchFull = full;
  }

  get eventsBehind(): number | undefined {
    if (this.system !== 'kafka') return undefined;
    let total = 0;
    for (const events of this.partitionLag.values()) total += events;
    return total;
  }

  /**
   * Seconds behind the log: while behind, now − recordedAt of the last event reached (it grows
   * while the consumer is stuck); caught up, the delay with which that event was reached.
   */
  secondsBehind(now: number): number | undefined {
    if (this.lastRecordedAt === undefined) return undefined;
    const behind = this.system === 'kafka' ? (this.eventsBehind ?? 0) > 0 : this.batchFull;
    return Math.max(0, ((behind ? now : this.reachedAt) - this.lastRecordedAt) / 1000);
  }
}

const running = new Map<string, ConsumerProgress>();
let gauges: { provider: unknown; events: ObservableGauge; time: ObservableGauge } | undefined;

/** The two gauges, created once per meter provider, read every running consumer's progress. */
function ensureGauges(): void {
  const provider = metrics.getMeterProvider();
  if (gauges?.provider === provider) return;
  const meter = provider.getMeter(MESSAGING_SCOPE);
  const events = meter.createObservableGauge(CONSUMER_LAG_EVENTS, { description: 'Messages on the consumer’s partitions not yet processed (Kafka only).', unit: '{event}' });
  const time = meter.createObservableGauge(CONSUMER_LAG_TIME, { description: 'How far behind the log a consumer is, in seconds of recorded time.', unit: 's' });
  events.addCallback((result: ObservableResult) => {
    for (const progress of running.values()) {
      const behind = progress.eventsBehind;
      if (behind !== undefined) result.observe(behind, attributesOf(progress));
    }
  });
  time.addCallback((result: ObservableResult) => {
    const now = Date.now();
    for (const progress of running.values()) {
      const seconds = progress.secondsBehind(now);
      if (seconds !== undefined) result.observe(seconds, attributesOf(progress));
    }
  });
  gauges = { provider, events, time };
}

function attributesOf(progress: ConsumerProgress) {
  return { 'renkei.consumer.name': progress.consumer, 'messaging.system': progress.system };
}

/** Tracks a running consumer's lag until `stop()`; one tracker per consumer name and source. */
export function trackConsumerLag(consumer: string, system: 'kafka' | 'event-log'): ConsumerProgress {
  ensureGauges();
  const key = `${system}\n${consumer}`;
  const progress = new ConsumerProgress(consumer, system, (stopped) => {
    if (running.get(key) === stopped) running.delete(key);
  });
  running.set(key, progress);
  return progress;
}
