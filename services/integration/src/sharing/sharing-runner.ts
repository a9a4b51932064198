import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { keepRunning, type EventSource } from '@renkei/messaging';
import { LOG_SOURCE, READ_DATABASE } from '@renkei/service-kit';
import { INTEGRATION_SCHEMA } from '../integration-schema.token';
import { ensureSharedEventTables } from './shared-event-tables';
import { loadFactBook, sharingBatchHandler } from './sharing-projection';

export const SHARING_CONSUMER = 'integration-sharing';

/**
 * Keeps every company's copies of the log current. It reads the log itself, in log order, so a
 * feed reading a company's copies in that order never sees an older copy appear behind a newer.
 */
@Injectable()
export class SharingRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('sharing');
  private running: { stop(): Promise<void> } | undefined;

  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(INTEGRATION_SCHEMA) private readonly schema: string,
    @Inject(LOG_SOURCE) private readonly source: EventSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await ensureSharedEventTables(this.db, this.schema);
    // Facts are reloaded on each restart: a batch that failed may have taught the book facts it did not commit.
    this.running = keepRunning(
      async () => this.source.start(SHARING_CONSUMER, sharingBatchHandler(await loadFactBook(this.db, this.schema), this.schema)),
      { onError: (error, restartInMs) => this.logger.error(`sharing stopped, restarting in ${restartInMs} ms: ${error instanceof Error ? error.message : String(error)}`) },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.running?.stop();
  }
}
