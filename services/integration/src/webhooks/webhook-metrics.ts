import { metrics, type Counter, type Histogram } from '@opentelemetry/api';

const SCOPE = '@renkei/integration/webhooks';
export const WEBHOOK_DELIVERIES = 'renkei.webhook.deliveries';
export const WEBHOOK_ATTEMPT_DURATION = 'renkei.webhook.attempt.duration';
const DURATION_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** How an attempt ended: the outcome recorded in the attempt log, or withdrawn (not sent: no longer entitled). */
export type DeliveryOutcome = 'delivered' | 'gone' | 'failed' | 'dead-lettered' | 'withdrawn';

let instruments: { provider: unknown; deliveries: Counter; duration: Histogram } | undefined;

function webhookInstruments(): NonNullable<typeof instruments> {
  const provider = metrics.getMeterProvider();
  if (instruments?.provider !== provider) {
    const meter = provider.getMeter(SCOPE);
    instruments = {
      provider,
      deliveries: meter.createCounter(WEBHOOK_DELIVERIES, { description: 'Webhook delivery attempts, by outcome.', unit: '{attempt}' }),
      duration: meter.createHistogram(WEBHOOK_ATTEMPT_DURATION, {
        description: 'Duration of a webhook POST, from sending to the receiver’s answer or the timeout.',
        unit: 's',
        advice: { explicitBucketBoundaries: DURATION_BUCKETS },
      }),
    };
  }
  return instruments;
}

/** Counts an attempt by outcome (a few values: the subscription and receiver stay off the series). */
export function recordDeliveryOutcome(outcome: DeliveryOutcome, durationMs?: number): void {
  const { deliveries, duration } = webhookInstruments();
  deliveries.add(1, { 'renkei.webhook.outcome': outcome });
  if (durationMs !== undefined) duration.record(durationMs / 1000, { 'renkei.webhook.outcome': outcome });
}
