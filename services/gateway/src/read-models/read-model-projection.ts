import type { EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';

/** One read model (or a group that must be applied together), fed a batch at a time inside the consumer's transaction. */
export interface ReadModelProjection {
  /** Every event type it has an effect for. */
  readonly eventTypes: readonly string[];
  apply(events: readonly EventEnvelope[], transaction: PoolClient): Promise<void>;
}
