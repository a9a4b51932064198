import type { EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';
import { foldRows, type RowProjection } from '../../read-models/fold-rows';
import type { ReadModelProjection } from '../../read-models/read-model-projection';
import type { ReadModelTable } from '../../read-models/read-model-table';
import { RFQ_EVENT_TYPES, evolveRfqRow, quoteRowsOf, type RfqQuoteRow, type RfqRow } from './rfq-row';

export interface RfqTables {
  readonly rfqs: ReadModelTable<RfqRow>;
  readonly rfqQuotes: ReadModelTable<RfqQuoteRow>;
}

export function rfqRows(table: ReadModelTable<RfqRow>): RowProjection<RfqRow> {
  return {
    table,
    keyOf: (event) => ((RFQ_EVENT_TYPES as readonly string[]).includes(event.type) ? { rfqId: (event.data as { rfqId: string }).rfqId } : null),
    keyString: (key) => key.rfqId as string,
    evolve: evolveRfqRow,
  };
}

/** RFQs and their quotes: the quote rows are read off the RFQ's folded state, so both always agree. */
export function rfqProjection(tables: RfqTables): ReadModelProjection {
  const rfqs = rfqRows(tables.rfqs);
  return {
    eventTypes: RFQ_EVENT_TYPES,
    async apply(events: readonly EventEnvelope[], transaction: PoolClient): Promise<void> {
      const rows = await foldRows(rfqs, events, transaction);
      const quoted = new Set(events.filter((event) => event.type === 'QuoteSubmitted' || event.type === 'QuoteRevised').map((event) => (event.data as { rfqId: string }).rfqId));
      await tables.rfqQuotes.saveMany(
        transaction,
        [...quoted].flatMap((rfqId) => {
          const row = rows.get(rfqId);
          return row === undefined ? [] : quoteRowsOf(row);
        }),
      );
    },
  };
}
