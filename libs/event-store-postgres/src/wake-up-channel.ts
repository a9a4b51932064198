import { Client, type Pool } from 'pg';
import type { Doorbell } from '@renkei/event-store';

const RECONNECT_DELAY_MS = 1000;
/** Under load, one NOTIFY per this many milliseconds wakes every listener; it is not worth one per append. */
const NOTIFY_COALESCE_MS = 5;

/**
 * LISTEN/NOTIFY as a wake-up only. Appenders never wait for it: `announce()`
 * coalesces the appends of a few milliseconds (and those made while a NOTIFY is
 * in flight) into one NOTIFY, so it adds nothing to an append's latency and little
 * load. Losing a notification is harmless; subscriptions also poll.
 */
export class WakeUpChannel {
  private listener: Client | undefined;
  private connecting: Promise<void> | undefined;
  private notifyInFlight = false;
  private notifyPending = false;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly connectionString: string | undefined,
    private readonly channel: string,
    private readonly doorbell: Doorbell,
  ) {}

  /** Starts listening (once); failures only mean subscriptions fall back to polling. */
  listen(): Promise<void> {
    if (this.closed || this.listener) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client(this.connectionString === undefined ? {} : { connectionString: this.connectionString });
    client.on('notification', () => this.doorbell.ring());
    client.on('error', () => this.dropListener(client));
    client.on('end', () => this.dropListener(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.listener = client;
    } catch {
      this.dropListener(client);
    }
  }

  announce(): void {
    this.doorbell.ring(); // same-process subscribers need no round trip
    if (this.notifyInFlight || this.closed) {
      this.notifyPending = true;
      return;
    }
    this.notifyInFlight = true;
    this.notifyPending = false;
    setTimeout(() => {
      this.pool
        .query('SELECT pg_notify($1, $2)', [this.channel, ''])
        .catch(() => undefined)
        .finally(() => {
          this.notifyInFlight = false;
          if (this.notifyPending && !this.closed) this.announce();
        });
    }, NOTIFY_COALESCE_MS).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await this.connecting;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private dropListener(client: Client): void {
    if (this.listener === client) this.listener = undefined;
    client.end().catch(() => undefined);
    if (!this.closed && this.reconnectTimer === undefined) {
      this.reconnectTimer = setTimeout(() => {
        this.reconnectTimer = undefined;
        void this.listen();
      }, RECONNECT_DELAY_MS);
      this.reconnectTimer.unref();
    }
  }
}
