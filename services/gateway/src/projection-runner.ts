import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import type { EventStore } from '@renkei/event-store';
import { keepRunning, type EventSource } from '@renkei/messaging';
import { EVENT_SOURCE, EVENT_STORE, READ_DATABASE } from '@renkei/service-kit';
import { gatewayBatchHandler, gatewayProjections, projectedEventTypes } from './read-models/gateway-read-models';
import { ReadModelSchema } from './read-models/read-model-schema';
import { rebuildReadModels } from './read-models/rebuild-read-models';
import { READ_SCHEMA } from './read-schema.token';

export const READ_MODEL_CONSUMER = 'gateway-read-model';

/** Keeps the gateway's read models fed from the bus for as long as the app runs. */
@Injectable()
export class ProjectionRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('projections');
  private running: { stop(): Promise<void> } | undefined;

  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    @Inject(EVENT_SOURCE) private readonly source: EventSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly schema: ReadModelSchema,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const projections = gatewayProjections(this.schema);
    if (this.schema.stale) {
      const report = await rebuildReadModels(this.store, this.db, this.schema, projections);
      this.logger.log(`read models rebuilt from the log: ${report.events} events in ${Math.round(report.elapsedMs)} ms`);
    }
    const handler = gatewayBatchHandler(projections, this.schemaName);
    // A projection that cannot apply an event stops rather than skip it, and is restarted from its
    // checkpoint: a database fail-over heals, a poison event keeps failing loudly.
    this.running = keepRunning(() => this.source.start(READ_MODEL_CONSUMER, handler, { eventTypes: projectedEventTypes(projections) }), {
      onError: (error, restartInMs) =>
        this.logger.error(`read model consumer stopped, restarting in ${restartInMs} ms: ${error instanceof Error ? error.message : String(error)}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.running?.stop();
    await this.schema.close();
  }
}
