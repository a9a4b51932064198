import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import { keepRunning, type EventSource } from '@renkei/messaging';
import { openWorkItems, type ProcessManager } from '@renkei/process-managers';
import { EVENT_SOURCE, EVENT_STORE } from '@renkei/service-kit';

export const PROCESS_MANAGERS: readonly ProcessManager[] = [openWorkItems];

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
  ) {}

  onApplicationBootstrap(): void {
    this.running = PROCESS_MANAGERS.map((manager) =>
      keepRunning(
        () =>
          this.source.start(`process-manager.${manager.name}`, async (event) => {
            if (manager.handles.includes(event.type)) await manager.react(event, this.store);
          }),
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
