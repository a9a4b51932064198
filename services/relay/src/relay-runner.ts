import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { EventStore } from '@renkei/event-store';
import { KafkaRelay } from '@renkei/messaging';
import { whileLeader, type Leadership } from '@renkei/service-host';
import { EVENT_STORE } from '@renkei/service-kit';

export interface RelayOptions {
  readonly kafka: Kafka;
  /** The PostgreSQL that holds the relay's lock (the read database; also the event store's in the default mode). */
  readonly lockDatabaseUrl: string;
  /** One active relay per event store: the lock is named after its schema. */
  readonly eventSchema: string;
}

export const RELAY_OPTIONS = Symbol('RelayOptions');

/**
 * Publishes the event store to Kafka while this instance is the active relay. Every replica
 * runs one; the PostgreSQL advisory lock picks which publishes, and a standby takes over within
 * a few seconds of the active one dying (its checkpoint says where to go on from).
 */
@Injectable()
export class RelayRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('relay');
  private leadership: Leadership | undefined;
  private relay: KafkaRelay | undefined;

  constructor(
    @Inject(RELAY_OPTIONS) private readonly options: RelayOptions,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onApplicationBootstrap(): void {
    const relay = new KafkaRelay(this.options.kafka, this.store);
    this.relay = relay;
    this.leadership = whileLeader(
      {
        connection: { connectionString: this.options.lockDatabaseUrl },
        lockName: `renkei-relay/${this.options.eventSchema}`,
        onChange: (active) => this.logger.log(active ? 'active: publishing the event store to Kafka' : 'standing by: another instance is the active relay'),
        onError: (error) => this.logger.error(`relay stopped, competing again: ${error instanceof Error ? error.message : String(error)}`),
      },
      () => relay.start(),
    );
  }

  /** True while this instance publishes (for tests and the readiness answer). */
  isActive(): boolean {
    return this.leadership?.isActive() ?? false;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.leadership?.stop();
    await this.relay?.stop();
  }
}
