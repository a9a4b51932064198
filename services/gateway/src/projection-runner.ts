import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { migrate } from '@renkei/event-store-postgres';
import { keepRunning, type EventSource } from '@renkei/messaging';
import { EVENT_SOURCE, READ_DATABASE } from '@renkei/service-kit';
import { PROJECTED_EVENT_TYPES, workItemProjection } from './work-items/work-item.projection';
import { WorkItemRepository, workItemOutdatedRevisionColumn, workItemPartiesColumns, workItemsTable } from './work-items/work-item.repository';
import { READ_SCHEMA } from './read-schema.token';

export const READ_MODEL_CONSUMER = 'gateway-read-model';

/** Keeps the gateway's read models fed from the bus for as long as the app runs. */
@Injectable()
export class ProjectionRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('projections');
  private running: { stop(): Promise<void> } | undefined;

  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schema: string,
    @Inject(EVENT_SOURCE) private readonly source: EventSource,
    private readonly workItems: WorkItemRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await migrate(this.db, this.schema, [workItemsTable, workItemPartiesColumns, workItemOutdatedRevisionColumn], 'gateway-read-model');
    const projection = workItemProjection(this.workItems);
    // A projection that cannot apply an event stops rather than skip it, and is restarted from its
    // checkpoint: a database fail-over heals, a poison event keeps failing loudly.
    this.running = keepRunning(() => this.source.start(READ_MODEL_CONSUMER, projection, { eventTypes: PROJECTED_EVENT_TYPES }), {
      onError: (error, restartInMs) =>
        this.logger.error(`read model consumer stopped, restarting in ${restartInMs} ms: ${error instanceof Error ? error.message : String(error)}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.running?.stop();
  }
}
