import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { DIRECTORY, READ_DATABASE, type MemberDirectory } from '@renkei/service-kit';
import { attemptOutcome, dueDeliveries, nextStep, parseTargetUrl, signedHeaders } from '@renkei/webhooks';
import { SharedEventsWakeUp } from '../feed/shared-events-wake-up';
import { feedViewerOf } from '../feed/feed-viewer';
import { claimDelivery, pruneDeliveryLog, recordAttempt, releaseDelivery, streamHeads, withdrawDelivery, type ClaimedDelivery } from './delivery-store';
import { stillEntitled } from './still-entitled';
import { WakeSignal } from '../wake-signal';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-options';
import { readSubscriptionPage } from './webhook-reader';
import { recordDeliveryOutcome } from './webhook-metrics';
import { sendWebhook, type SentAttempt } from './webhook-sender';
import { ensureWebhookTables } from './webhook-tables';

/** Stream heads looked at per round of the sender. */
const HEADS_PER_ROUND = 500;
/** A claimed delivery is retried this long after its attempt should have timed out, should its sender have died. */
const LEASE_MARGIN_MS = 30_000;
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * The webhook channel at work, two loops:
 * - the reader follows every active subscription's feed (woken by new copies, or every poll) and
 *   queues what it selects, moving the subscription's cursor in the same transaction;
 * - the sender starts due attempts (the head of each stream only, see `dueDeliveries`) up to the
 *   concurrency, signs and POSTs each, and records the outcome and the next step.
 * Everything it knows is in PostgreSQL, so a restart (or a second process) carries on where it was.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('webhooks');
  private readonly readerSignal = new WakeSignal();
  private readonly senderSignal = new WakeSignal();
  private readonly inFlight = new Map<string, { readonly subscription: string; readonly eventId: string; done?: Promise<void> }>();
  private loops: Array<Promise<void>> = [];
  private stopping = false;
  private lastPrune = 0;
  private lastWarning = '';

  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
    private readonly wakeUp: SharedEventsWakeUp,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await ensureWebhookTables(this.db, this.settings.schema);
    this.loops = [this.readLoop(), this.sendLoop()];
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.nudge();
    await Promise.all(this.loops);
    // Attempts under way finish (each within the timeout) and are recorded.
    await Promise.all([...this.inFlight.values()].map((each) => each.done));
  }

  /** Something changed (a subscription, a redelivery): look now rather than at the next poll. */
  nudge(): void {
    this.readerSignal.fire();
    this.senderSignal.fire();
  }

  private async readLoop(): Promise<void> {
    while (!this.stopping) {
      let more = false;
      try {
        const subscriptions = await this.db.query<{ sid: string }>(`SELECT sid FROM "${this.settings.schema}".webhook_subscriptions WHERE status = 'active' ORDER BY created_at, sid`);
        for (const { sid } of subscriptions.rows) {
          if (this.stopping) break;
          if (await readSubscriptionPage(this.db, this.settings, this.directory, sid, new Date())) more = true;
        }
        this.senderSignal.fire();
        await this.pruneWhenDue();
        this.lastWarning = '';
      } catch (error) {
        this.warnOnce('reading subscriptions', error);
        more = false;
      }
      if (!more) await this.readerSignal.wait(this.settings.pollMs, this.wakeUp.next(this.settings.pollMs));
    }
  }

  private async sendLoop(): Promise<void> {
    while (!this.stopping) {
      let sleepMs = this.settings.pollMs;
      try {
        const free = this.settings.concurrency - this.inFlight.size;
        if (free > 0) {
          const now = new Date();
          const heads = await streamHeads(this.db, this.settings.schema, HEADS_PER_ROUND);
          const inFlight = [...this.inFlight.values()];
          for (const pick of dueDeliveries(heads, now, { free, perSubscription: this.settings.perSubscriptionConcurrency, inFlight })) this.start(pick.subscription, pick.eventId);
          const soonest = Math.min(...heads.map((head) => head.nextAttemptAt.getTime()).filter((at) => at > now.getTime()));
          if (Number.isFinite(soonest)) sleepMs = Math.min(sleepMs, soonest - now.getTime());
        }
      } catch (error) {
        this.warnOnce('looking for due deliveries', error);
      }
      if (!this.stopping) await this.senderSignal.wait(Math.max(sleepMs, 5));
    }
  }

  private start(sid: string, eventId: string): void {
    const key = `${sid}\n${eventId}`;
    const entry: { subscription: string; eventId: string; done?: Promise<void> } = { subscription: sid, eventId };
    this.inFlight.set(key, entry);
    entry.done = this.attempt(sid, eventId)
      .catch((error: unknown) => this.warnOnce(`delivering event ${eventId}`, error))
      .finally(() => {
        this.inFlight.delete(key);
        this.senderSignal.fire();
      });
  }

  /** One attempt: claim, check the subscriber may still see the event, sign, POST, record. */
  private async attempt(sid: string, eventId: string): Promise<void> {
    const { schema, timeoutMs, retryScheduleMs } = this.settings;
    const now = new Date();
    const claimed = await claimDelivery(this.db, schema, sid, eventId, now, new Date(now.getTime() + timeoutMs + LEASE_MARGIN_MS));
    if (claimed === undefined) return;
    if (this.stopping) return releaseDelivery(this.db, schema, sid, eventId, now);
    if (claimed.owner_role === 'integrator') {
      const viewer = feedViewerOf({ companyId: claimed.owner_id, role: claimed.owner_role }, this.directory);
      if (!(await stillEntitled(this.db, schema, viewer, eventId))) {
        await withdrawDelivery(this.db, schema, claimed, now);
        return recordDeliveryOutcome('withdrawn');
      }
    }
    const startedAt = new Date();
    const sent = await this.send(claimed, startedAt);
    const finishedAt = new Date();
    const step = nextStep(sent.result, claimed.failures + 1, retryScheduleMs, finishedAt, Math.random());
    const outcome = attemptOutcome(step);
    const disabled = await recordAttempt(this.db, schema, claimed, { startedAt, durationMs: sent.durationMs, result: sent.result, step, outcome, now: finishedAt });
    recordDeliveryOutcome(outcome, sent.durationMs);
    if (disabled) this.logger.warn(`webhook subscription ${claimed.owner_id}/${claimed.subscription_id} disabled: its receiver answered 410 Gone`);
  }

  private send(claimed: ClaimedDelivery, at: Date): Promise<SentAttempt> {
    const target = parseTargetUrl(claimed.url);
    if (!target.ok) return Promise.resolve({ result: { error: `target refused: url ${target.rule}` }, durationMs: 0 });
    const previousInForce = claimed.previous_secret !== null && claimed.previous_secret_until !== null && claimed.previous_secret_until.getTime() > at.getTime();
    const secrets = previousInForce ? [claimed.secret, claimed.previous_secret as string] : [claimed.secret];
    const headers = signedHeaders(secrets, claimed.event_id, at, claimed.body);
    return sendWebhook(target.target, headers, claimed.body, { timeoutMs: this.settings.timeoutMs, allowList: this.settings.allowList });
  }

  private async pruneWhenDue(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await pruneDeliveryLog(this.db, this.settings.schema, new Date(Date.now() - this.settings.logRetentionMs));
  }

  /** The same failure every poll (e.g. the database is down) is logged once, until something succeeds. */
  private warnOnce(what: string, error: unknown): void {
    const message = `webhooks: ${what} failed: ${error instanceof Error ? error.message : String(error)}`;
    if (message === this.lastWarning) return;
    this.lastWarning = message;
    this.logger.warn(message);
  }
}
