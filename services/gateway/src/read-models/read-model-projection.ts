import type { EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';

/** One read model (or a group that must be applied together), fed a batch at a time inside the consumer's transaction. */
export interface ReadModelProjection {
  /** Every event type it has an effect for. */
  readonly eventTypes: readonly string[];
  apply(events: readonly EventEnvelope[], transaction: PoolClient): Promise<void>;
  /**
   * The same projection for a rebuild, which replays the whole log into tables it emptied: rows
   * are folded in memory across pages and written later, rather than loaded and saved per batch.
   */
  replay(rebuild: Rebuild): ProjectionReplay;
}

/** What a rebuild gives its projections: its statements, and how many rows a read model may hold. */
export interface Rebuild {
  readonly statements: StatementQueue;
  readonly maxHeldRows: number;
}

export interface ProjectionReplay {
  /** Folds a page's events for this projection; what it writes is queued, not waited for. */
  apply(events: readonly EventEnvelope[]): Promise<void>;
  /** Sends the writes of every row still held. */
  finish(): Promise<void>;
}

/**
 * The rebuild's statements, run on its transaction one after another while the caller goes on:
 * PostgreSQL writes one page while the next is read and folded. (node-postgres would queue them
 * itself, but deprecates it.) A failed statement fails those sent after it without running them
 * (the transaction is lost anyway), and the rebuild when it next waits.
 */
export class StatementQueue {
  private last: Promise<unknown> = Promise.resolve();
  private lastOfPreviousPage: Promise<unknown> = Promise.resolve();
  private abandoned = false;

  constructor(private readonly transaction: PoolClient) {}

  /** Runs `statement` once every statement sent before it is done. */
  send<Result>(statement: (transaction: PoolClient) => Promise<Result>): Promise<Result> {
    const result = this.last.then(() => {
      if (this.abandoned) throw new Error('the rebuild was abandoned');
      return statement(this.transaction);
    });
    result.catch(() => undefined); // reported to whoever waits, not as unhandled meanwhile
    this.last = result;
    return result;
  }

  /** Waits for the previous page's statements and leaves this page's running: at most two pages' writes queue up. */
  async endPage(): Promise<void> {
    const previous = this.lastOfPreviousPage;
    this.lastOfPreviousPage = this.last;
    await previous;
  }

  async waitForAll(): Promise<void> {
    await this.last;
  }

  /** Runs nothing more, and waits for the statement running now: then the transaction can be rolled back. */
  async abandon(): Promise<void> {
    this.abandoned = true;
    await this.last.catch(() => undefined);
  }
}
