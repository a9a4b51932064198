import type { EventEnvelope } from '@renkei/contracts';
import { contextOfStream } from '@renkei/contracts';
import type { BatchHandler } from '@renkei/messaging';
import { FactBook, factsOf, shareEvent, type Fact } from '@renkei/sharing';
import type { Pool, PoolClient } from 'pg';

/** Wakes feeds tailing live, after the copies are committed. */
export const SHARED_CHANNEL = 'renkei_shared';

/** Every chain fact learnt so far: the sharing rules look up a purchase order's chain on every event. */
export async function loadFactBook(db: Pool, schema: string): Promise<FactBook> {
  const book = new FactBook();
  const result = await db.query<{ fact: Fact }>(`SELECT fact FROM "${schema}".sharing_facts`);
  for (const { fact } of result.rows) book.learn(fact);
  return book;
}

/**
 * The sharing consumer: for each event, in log order, learns the facts it establishes, then writes
 * one copy per entitled company. Copies are keyed by (company, event), so a batch replayed after
 * a crash writes nothing twice.
 */
export function sharingBatchHandler(book: FactBook, schema: string): BatchHandler {
  return {
    async handleBatch(events: readonly EventEnvelope[], transaction: PoolClient): Promise<void> {
      // By kind and id: a fact learnt twice in one batch is written once, as last learnt.
      const facts = new Map<string, Fact>();
      const copies: Array<Record<string, unknown>> = [];
      for (const event of events) {
        for (const fact of factsOf(event)) {
          book.learn(fact);
          facts.set(`${fact.kind}/${fact.id}`, fact);
        }
        const [commit = '0', prepare = '0'] = event.logPosition.split('-');
        for (const copy of shareEvent(event, book)) {
          copies.push({
            company_id: copy.companyId,
            event_id: event.id,
            log_commit: commit,
            log_prepare: prepare,
            context: contextOfStream(event.streamId) ?? 'internal',
            stream_id: event.streamId,
            revision: event.revision.toString(),
            type: event.type,
            schema_version: event.schemaVersion,
            recorded_at: event.recordedAt.toISOString(),
            party: copy.party,
            data: copy.data,
          });
        }
      }
      if (facts.size > 0) {
        await transaction.query(
          `INSERT INTO "${schema}".sharing_facts (kind, id, fact)
           SELECT f->>'kind', f->>'id', f FROM json_array_elements($1::json) AS f
           ON CONFLICT (kind, id) DO UPDATE SET fact = excluded.fact`,
          [JSON.stringify([...facts.values()])],
        );
      }
      if (copies.length === 0) return;
      await transaction.query(
        `INSERT INTO "${schema}".shared_events
         SELECT * FROM json_populate_recordset(null::"${schema}".shared_events, $1::json)
         ON CONFLICT (company_id, event_id) DO NOTHING`,
        [JSON.stringify(copies)],
      );
      await transaction.query(`SELECT pg_notify($1, '')`, [SHARED_CHANNEL]);
    },
  };
}
