import type { EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';
import { ReplayedRows, foldRows, type RowProjection } from '../../read-models/fold-rows';
import type { ProjectionReplay, ReadModelProjection, Rebuild } from '../../read-models/read-model-projection';
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

/** The quote rows of the RFQs a batch quoted on, read off their rows as they now stand. */
function quoteRowsAfter(events: readonly EventEnvelope[], rows: ReadonlyMap<string, RfqRow>): RfqQuoteRow[] {
  const quoted = new Set(events.filter((event) => event.type === 'QuoteSubmitted' || event.type === 'QuoteRevised').map((event) => (event.data as { rfqId: string }).rfqId));
  return [...quoted].flatMap((rfqId) => {
    const row = rows.get(rfqId);
    return row === undefined ? [] : quoteRowsOf(row);
  });
}

/** RFQs and their quotes: the quote rows are read off the RFQ's folded state, so both always agree. */
export function rfqProjection(tables: RfqTables): ReadModelProjection {
  const rfqs = rfqRows(tables.rfqs);
  return {
    eventTypes: RFQ_EVENT_TYPES,
    async apply(events: readonly EventEnvelope[], transaction: PoolClient): Promise<void> {
      await tables.rfqQuotes.saveMany(transaction, quoteRowsAfter(events, await foldRows(rfqs, events, transaction)));
    },
    replay(rebuild: Rebuild): ProjectionReplay {
      const held = new ReplayedRows(rfqs, rebuild);
      return {
        // Quote rows are upserted per page, as a batch does: few, and a later quote rewrites them.
        async apply(events: readonly EventEnvelope[]): Promise<void> {
          const rows = await held.fold(events);
          const quotes = quoteRowsAfter(events, rows);
          void rebuild.statements.send((transaction) => tables.rfqQuotes.saveMany(transaction, quotes));
        },
        finish: () => held.flush(),
      };
    },
  };
}
