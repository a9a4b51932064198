import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client, type Pool } from 'pg';
import { READ_DATABASE } from '@renkei/service-kit';
import { SHARED_CHANNEL } from '../sharing/sharing-projection';

/**
 * Wakes live feeds when new copies are committed (NOTIFY from the sharing consumer), on one
 * connection per process. Only a wake-up: a feed also looks on a timer, so a lost notification
 * or connection delays it, never loses an event.
 */
@Injectable()
export class SharedEventsWakeUp implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('feed');
  private client: Client | null = null;
  private sleepers = new Set<() => void>();

  constructor(@Inject(READ_DATABASE) private readonly db: Pool) {}

  async onApplicationBootstrap(): Promise<void> {
    const client = new Client({ ...this.db.options, keepAlive: true });
    client.on('error', (error) => this.logger.warn(`feed wake-ups lost (${error.message}); live feeds fall back to looking every second`));
    client.on('notification', () => this.wakeAll());
    try {
      await client.connect();
      await client.query(`LISTEN ${SHARED_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.logger.warn(`feed wake-ups unavailable (${error instanceof Error ? error.message : String(error)}); live feeds look every second`);
      await client.end().catch(() => undefined);
    }
  }

  /** Resolves on the next commit of new copies, or after `timeoutMs`. */
  next(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      this.sleepers.add(wake);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.wakeAll();
    await this.client?.end().catch(() => undefined);
  }

  private wakeAll(): void {
    for (const wake of [...this.sleepers]) wake();
  }
}
