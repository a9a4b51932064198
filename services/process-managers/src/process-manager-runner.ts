import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import type { EventStore } from '@renkei/event-store';
import { migrate } from '@renkei/event-store-postgres';
import { keepRunning, type EventSource } from '@renkei/messaging';
import { awardPurchaseOrders, closeCustomerOrders, flagOutdatedWork, openWorkItems, type ProcessManager } from '@renkei/process-managers';
import { EVENT_SOURCE, EVENT_STORE, READ_DATABASE } from '@renkei/service-kit';
import { postgresTierOneOrderIndex, tierOneOrderIndexTables } from './postgres-tier-one-order-index';
import { postgresWorkItemIndex, workItemIndexTables } from './postgres-work-item-index';
import { PROCESS_MANAGERS_READ_SCHEMA, type ManagerTables, type ReadSide } from './read-side';

/**
 * Every process manager of step 2. `HandoffReady` needs none: the event itself is the notice to
 * the next workshop of the routing (it names it), delivered by the feeds like any other event.
 */
export const PROCESS_MANAGERS: readonly ProcessManager<ReadSide>[] = [
  openWorkItems,
  awardPurchaseOrders,
  flagOutdatedWork(postgresWorkItemIndex),
  closeCustomerOrders(postgresTierOneOrderIndex),
];

/** The managers' own index tables, created in the read schema before any manager consumes. */
export const PROCESS_MANAGER_TABLES: readonly ManagerTables[] = [workItemIndexTables, tierOneOrderIndexTables];

/**
 * Runs every process manager as a consumer of its own (Kafka group or in-process
 * subscription), restarted from its checkpoint after a failure.
 */
@Injectable()
export class ProcessManagerRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('process-managers');
  private running: Array<{ stop(): Promise<void> }> = [];

  constructor(
    @Inject(EVENT_SOURCE) private readonly source: EventSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(PROCESS_MANAGERS_READ_SCHEMA) private readonly schema: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const tables of PROCESS_MANAGER_TABLES) await migrate(this.db, this.schema, tables.migrations, tables.component);
    this.running = PROCESS_MANAGERS.map((manager) =>
      keepRunning(
        () =>
          this.source.start(
            `process-manager.${manager.name}`,
            async (event, transaction) => {
              if (manager.handles.includes(event.type)) await manager.react(event, this.store, { transaction, schema: this.schema });
            },
            { eventTypes: manager.handles },
          ),
        {
          onError: (error, restartInMs) =>
            this.logger.error(`${manager.name} stopped, restarting in ${restartInMs} ms: ${error instanceof Error ? error.message : String(error)}`),
        },
      ),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.running.map((running) => running.stop()));
  }
}
