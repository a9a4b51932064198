import type { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import type { RenkeiConfig } from '@renkei/config';
import { EventSourcedDirectory, PhoneLinkAuthenticator } from '@renkei/member-directory';
import { InProcessEventSource, Inbox, KafkaEventSource, connectKafka, type EventSource } from '@renkei/messaging';
import { ApiKeyAuthenticator, firstOf } from '@renkei/service-kit';
import type { ShutdownSequence } from '../shutdown-sequence';
import type { CoreAdapters } from './core.module';
import { openEventStore } from './open-event-store';

export interface CoreSettings {
  readonly config: RenkeiConfig & { readonly DATABASE_URL: string };
  /** Static API keys, `key:company:role,...`; the directory's credentials and signed phone links authenticate too. */
  readonly apiKeys: string;
  readonly linkSigningKey: string;
}

/** The adapters, plus what composition roots need to wire the rest (the relay, integrators' Kafka). */
export interface OpenedCore extends CoreAdapters {
  /** Null without KAFKA_BROKERS: consumers then read the event store's own subscription. */
  readonly kafka: Kafka | null;
  readonly staticKeys: ApiKeyAuthenticator;
}

/** How often in-process consumers look for new events when nothing wakes them. */
const LOG_POLL_MS = 500;

/**
 * Opens what every Renkei process shares, the same way in every mode: the event store, the
 * read database and its consumer inbox, the member directory (kept current from the log), the
 * authenticator, and the sources consumers read from. Each is added to `shutdown` as it opens,
 * so a failure half-way closes what was opened.
 */
export async function openCore(settings: CoreSettings, shutdown: ShutdownSequence): Promise<OpenedCore> {
  const { config } = settings;
  const staticKeys = ApiKeyAuthenticator.fromSpec(settings.apiKeys);

  const store = await openEventStore(config);
  shutdown.add('event store', () => store.close());
  const readDatabase = new Pool({ connectionString: config.DATABASE_URL, max: 10 });
  // An idle client's error (the server restarted) is reported by the next query that uses the pool.
  readDatabase.on('error', () => undefined);
  shutdown.add('read database', () => readDatabase.end());
  const inbox = await Inbox.open(readDatabase, config.RENKEI_READ_SCHEMA);

  const directory = new EventSourcedDirectory();
  await directory.start(store);
  shutdown.add('member directory', () => directory.stop());
  const authenticator = firstOf(staticKeys, directory, new PhoneLinkAuthenticator(directory, settings.linkSigningKey));

  const logSource = new InProcessEventSource(store, inbox, LOG_POLL_MS);
  const kafka = config.KAFKA_BROKERS ? connectKafka({ brokers: config.KAFKA_BROKERS, clientId: config.KAFKA_CLIENT_ID }) : null;
  // Consumer groups are named after the read schema: their offsets belong with the effects stored there.
  const eventSource: EventSource = kafka === null ? logSource : new KafkaEventSource(kafka, inbox, undefined, `renkei.${config.RENKEI_READ_SCHEMA}.`);

  return { store, readDatabase, eventSource, logSource, authenticator, directory, kafka, staticKeys };
}
