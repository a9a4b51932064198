import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CompressionTypes, Partitioners, type Kafka, type Message } from 'kafkajs';
import { Client, type Pool } from 'pg';
import { ensureTopics, keepRunning, type RunningConsumer } from '@renkei/messaging';
import { DIRECTORY, READ_DATABASE, type MemberDirectory } from '@renkei/service-kit';
import { SharedEventsWakeUp } from '../feed/shared-events-wake-up';
import { scopeGrantingContext } from '../feed/feed-viewer';
import { INTEGRATION_SCHEMA } from '../integration-schema.token';
import { WakeSignal } from '../wake-signal';
import { partnerMessagesOf, type GrantedReaders, type PartnerMessage } from './partner-messages';
import { copiesAfter, ensurePartnerTopicTables, publishedUpTo, recordPublished } from './partner-topic-store';

export const PARTNER_TOPICS_KAFKA = Symbol('PartnerTopicsKafka');
const RELAY = 'partner-topics';
const EVENTS_PER_BATCH = 500;
const POLL_MS = 1_000;

/**
 * Publishes every company's copies to its own topic, `renkei.partner.<companyId>.v1`, and each
 * integrator's grantors' copies of the granted contexts (without prices) to the integrator's: a
 * partner can be given native Kafka access to its topic alone. Follows `shared_events` in log order
 * and records how far it got only after the brokers acknowledged (acks = all), so a crash re-sends,
 * never skips (at least once; consumers de-duplicate by the CloudEvent id). One instance publishes
 * at a time per schema (a PostgreSQL advisory lock); the others wait to take over.
 *
 * Grants are those in force when an event is published: an integrator's topic starts with the
 * events shared after its grant; the feed (`GET /v1/feed`) serves its grantors' history.
 */
@Injectable()
export class PartnerTopicRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('partner-topics');
  private readonly stopSignal = new WakeSignal();
  private running: { stop(): Promise<void> } | undefined;
  private stopping = false;

  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(INTEGRATION_SCHEMA) private readonly schema: string,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
    @Inject(PARTNER_TOPICS_KAFKA) private readonly kafka: Kafka,
    private readonly wakeUp: SharedEventsWakeUp,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await ensurePartnerTopicTables(this.db, this.schema);
    this.running = keepRunning(async () => this.start(), {
      onError: (error, restartInMs) => this.logger.error(`partner topics stopped, restarting in ${restartInMs} ms: ${error instanceof Error ? error.message : String(error)}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.stopSignal.fire();
    await this.running?.stop();
  }

  private async start(): Promise<RunningConsumer> {
    const done = this.publishWhileActive();
    return { done, stop: async () => done.catch(() => undefined) };
  }

  private async publishWhileActive(): Promise<void> {
    const lock = new Client({ ...this.db.options, keepAlive: true });
    // Losing the lock's connection loses the lock: stop publishing (keepRunning starts over and waits for it again).
    let lockLost: Error | null = null;
    lock.on('error', (error) => (lockLost = error));
    lock.on('end', () => (lockLost ??= new Error('the connection holding the partner topics lock ended')));
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    try {
      await lock.connect();
      if (!(await this.becomeTheActiveRelay(lock))) return;
      await producer.connect();
      const knownTopics = new Set<string>();
      let upTo = await publishedUpTo(this.db, this.schema, RELAY);
      while (!this.stopping) {
        if (lockLost !== null) throw lockLost;
        const copies = await copiesAfter(this.db, this.schema, upTo, EVENTS_PER_BATCH);
        const last = copies[copies.length - 1];
        if (last === undefined) {
          await Promise.race([this.wakeUp.next(POLL_MS), this.stopSignal.wait(POLL_MS)]);
          continue;
        }
        const messages = partnerMessagesOf(copies, this.grantedReaders);
        const topics = [...new Set(messages.map((message) => message.topic))];
        const missing = topics.filter((topic) => !knownTopics.has(topic));
        if (missing.length > 0) {
          await ensureTopics(this.kafka, missing);
          for (const topic of missing) knownTopics.add(topic);
        }
        if (messages.length > 0) await producer.sendBatch({ topicMessages: byTopic(messages), acks: -1, compression: CompressionTypes.None });
        upTo = { commit: last.logCommit, prepare: last.logPrepare };
        await recordPublished(this.db, this.schema, RELAY, upTo);
      }
    } finally {
      await producer.disconnect().catch(() => undefined);
      await lock.end().catch(() => undefined);
    }
  }

  /** Waits until this process holds the relay's lock (held by its connection until it ends); false when stopping first. */
  private async becomeTheActiveRelay(lock: Client): Promise<boolean> {
    while (!this.stopping) {
      const result = await lock.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`renkei:${this.schema}:${RELAY}`]);
      if (result.rows[0]?.locked) return true;
      await this.stopSignal.wait(5 * POLL_MS);
    }
    return false;
  }

  private readonly grantedReaders: GrantedReaders = (grantorId, context) => {
    const scope = scopeGrantingContext(context);
    return scope === undefined ? [] : this.directory.integratorsGrantedBy(grantorId, scope);
  };
}

function byTopic(messages: readonly PartnerMessage[]): Array<{ topic: string; messages: Message[] }> {
  const grouped = new Map<string, Message[]>();
  for (const { topic, key, value, headers } of messages) {
    const list = grouped.get(topic) ?? [];
    list.push({ key, value, headers });
    grouped.set(topic, list);
  }
  return [...grouped].map(([topic, list]) => ({ topic, messages: list }));
}
