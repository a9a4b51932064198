import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { handleCommand } from '@renkei/command-handling';
import type { EventStore, Subscription } from '@renkei/event-store';
import { keepRunning } from '@renkei/messaging';
import { rfqStreamId, type QuotesActor, type QuotesCommand } from '@renkei/quotes';
import { EVENT_STORE } from '@renkei/service-kit';
import { OpenRfqIndex } from './open-rfq-index';
import { overdueScanIntervalMs } from './overdue-scan-interval';
import { rfqEndpoint } from './rfq-endpoint';

const RFQ_STREAM = 'rfq-';
/** The scheduler acts for the backbone itself; MarkAnswersOverdue needs no particular company. */
const SCHEDULER: QuotesActor = { companyId: 'renkei-scheduler', role: 'coordinator' };
/** Every trigger for one RFQ is the same request, so a repeated or concurrent scan records nothing twice. */
const FINGERPRINT = 'mark-answers-overdue/v1';

export interface OverdueScanResult {
  readonly rfqId: string;
  /** Event types recorded by this scan (empty when there was nothing to tell or it was told before). */
  readonly recorded: readonly string[];
}

/**
 * Tells each lead which invited workshops stayed silent past an RFQ's answer
 * deadline. Which RFQs to look at comes from an in-memory index kept by a
 * subscription to the rfq streams (rebuilt from the log at start-up); every
 * `RENKEI_OVERDUE_SCAN_MS` the due ones are sent MarkAnswersOverdue.
 */
@Injectable()
export class AnswersOverdueScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('quotes-overdue');
  private readonly index = new OpenRfqIndex();
  private readonly intervalMs = overdueScanIntervalMs();
  private subscription: Subscription | undefined;
  private following: { stop(): Promise<void> } | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Scans run one after another, never overlapping. */
  private scanning: Promise<unknown> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationBootstrap(): Promise<void> {
    this.following = keepRunning(
      async () => {
        // A restarted subscription reads the log from the start again, so the index starts empty too.
        this.index.clear();
        this.subscription = this.store.subscribe({ batchSize: 1000, pollIntervalMs: 1000 }, async (batch) => {
          for (const event of batch) if (event.streamId.startsWith(RFQ_STREAM)) this.index.apply(event);
        });
        return this.subscription;
      },
      { onError: (error, restartInMs) => this.logger.error(`rfq index subscription stopped, restarting in ${restartInMs} ms: ${describe(error)}`) },
    );
    await this.caughtUp();
    this.timer = setInterval(() => {
      this.scanNow(new Date()).catch((error: unknown) => this.logger.error(`overdue scan failed: ${describe(error)}`));
    }, this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.following?.stop();
    await this.scanning;
  }

  /** Sends MarkAnswersOverdue for every RFQ whose deadline is at or before `now`; the timer calls it, and so can tests. */
  scanNow(now: Date): Promise<OverdueScanResult[]> {
    const scan = this.scanning.then(() => this.scan(now));
    this.scanning = scan.catch(() => undefined);
    return scan;
  }

  private async scan(now: Date): Promise<OverdueScanResult[]> {
    await this.caughtUp();
    const results: OverdueScanResult[] = [];
    for (const rfqId of this.index.dueAt(now)) {
      const command: QuotesCommand = { type: 'MarkAnswersOverdue', data: { rfqId }, metadata: { actor: SCHEDULER, now } };
      try {
        const outcome = await handleCommand(this.store, rfqStreamId(rfqId), rfqEndpoint.decider, command, {
          idempotencyName: `scheduler/answers-overdue/${rfqId}`,
          fingerprint: FINGERPRINT,
          metadata: { companyId: SCHEDULER.companyId },
          schemaVersionOf: (type) => rfqEndpoint.schemaVersionOf?.(type) ?? 1,
        });
        // Past the deadline no answer is taken any more, so this outcome is final: no need to look again.
        this.index.forget(rfqId);
        results.push({ rfqId, recorded: outcome.replayed ? [] : outcome.events.map((event) => event.type) });
      } catch (error) {
        // Left in the index: the next scan tries again.
        this.logger.warn(`could not mark answers overdue on RFQ ${rfqId}: ${describe(error)}`);
      }
    }
    return results;
  }

  /** Waits until every event stored so far is in the index; a failing subscription is reported by keepRunning, not here. */
  private async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp().catch(() => undefined);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
