import { Inject, Injectable } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import type { OrderParties } from '@renkei/edi';
import { READ_DATABASE } from '@renkei/service-kit';
import { INTEGRATION_SCHEMA } from '../../integration-schema.token';
import { inTransaction, lockPartner, storeOutbound } from '../partner-ledger';
import { MAX_MESSAGES_PER_INTERCHANGE, inChunks, ordersNeedingParties, outboundContentsOf, type SharedOrderEvent } from './outbound-contents';

export interface OutboundPage {
  /** In sequence order, each as printed when it was generated. */
  readonly interchanges: ReadonlyArray<{ readonly sequenceNumber: number; readonly text: string }>;
  readonly hasMore: boolean;
}

/** Events turned into interchanges per round; a partner's first read may go through several. */
const EVENT_BATCH = 500;

interface Position {
  readonly commit: string;
  readonly prepare: string;
}

/**
 * What RENKEI sends a partner: interchanges generated from its copies of the orders events of the
 * purchase orders it supplies, and the acknowledgements given to its uploads, under one sequence.
 * New events are turned into interchanges when the partner reads (under its lock), and stored: an
 * event lands in exactly one interchange, and reading again gives the same text.
 */
@Injectable()
export class OutboundInterchanges {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(INTEGRATION_SCHEMA) private readonly schema: string,
  ) {}

  async after(companyId: string, after: number, limit: number): Promise<OutboundPage> {
    await this.generate(companyId);
    const { rows } = await this.db.query<{ sequence_number: string; text: string }>(
      `SELECT sequence_number::text, text FROM "${this.schema}".edi_outbound_interchanges
        WHERE receiver = $1 AND sequence_number > $2 ORDER BY sequence_number LIMIT $3`,
      [companyId, after, limit + 1],
    );
    return { interchanges: rows.slice(0, limit).map((row) => ({ sequenceNumber: Number(row.sequence_number), text: row.text })), hasMore: rows.length > limit };
  }

  /** Turns the partner's order events after its last generated position into interchanges. */
  async generate(companyId: string): Promise<void> {
    // Most reads find nothing new: that is told without a lock or a write.
    if (!(await this.hasNewEvents(companyId))) return;
    const now = new Date();
    const client = await this.db.connect();
    try {
      await inTransaction(client, async () => {
        let ledger = await lockPartner(client, this.schema, companyId);
        let position: Position = ledger.outboundPosition;
        for (;;) {
          const events = await this.orderEventsAfter(client, companyId, position);
          const last = events[events.length - 1];
          if (last === undefined) break;
          const contents = outboundContentsOf(events, companyId, await this.partiesOf(client, companyId, ordersNeedingParties(events)));
          for (const chunk of inChunks(contents, MAX_MESSAGES_PER_INTERCHANGE)) {
            const record = { kind: 'orders' as const, eventIds: chunk.map((each) => each.eventId), answersControlNumber: null };
            const stored = await storeOutbound(client, this.schema, ledger, chunk.map((each) => each.content), record, now);
            ledger = { ...ledger, lastOutboundSequence: stored.sequenceNumber };
          }
          position = last;
          if (events.length < EVENT_BATCH) break;
        }
        await client.query(`UPDATE "${this.schema}".edi_partners SET outbound_log_commit = $2, outbound_log_prepare = $3 WHERE company_id = $1`, [companyId, position.commit, position.prepare]);
      });
    } finally {
      client.release();
    }
  }

  private async hasNewEvents(companyId: string): Promise<boolean> {
    const { rows } = await this.db.query<{ found: boolean }>(
      `SELECT EXISTS (
         SELECT 1 FROM "${this.schema}".shared_events s
          WHERE s.company_id = $1 AND s.context = 'orders' AND s.party
            AND (s.log_commit, s.log_prepare) > (
              SELECT COALESCE(MAX(p.outbound_log_commit), 0), COALESCE(MAX(p.outbound_log_prepare), 0)
                FROM "${this.schema}".edi_partners p WHERE p.company_id = $1)) AS found`,
      [companyId],
    );
    return rows[0]?.found === true;
  }

  /** The company's own copies as a party (its prices included), in log order: only a party's copy is ever mapped to a message for it. */
  private async orderEventsAfter(client: PoolClient, companyId: string, after: Position): Promise<Array<SharedOrderEvent & Position>> {
    const { rows } = await client.query<{ event_id: string; log_commit: string; log_prepare: string; type: string; schema_version: number; data: Record<string, unknown> }>(
      `SELECT event_id::text, log_commit::text, log_prepare::text, type, schema_version, data
         FROM "${this.schema}".shared_events
        WHERE company_id = $1 AND context = 'orders' AND party AND (log_commit, log_prepare) > ($2::bigint, $3::bigint)
        ORDER BY log_commit, log_prepare, event_id
        LIMIT $4`,
      [companyId, after.commit, after.prepare, EVENT_BATCH],
    );
    return rows.map((row) => ({ eventId: row.event_id, commit: row.log_commit, prepare: row.log_prepare, type: row.type, schemaVersion: row.schema_version, data: row.data }));
  }

  /** The two parties of earlier purchase orders, from the company's copy of each one's PurchaseOrderIssued. */
  private async partiesOf(client: PoolClient, companyId: string, orderIds: readonly string[]): Promise<Map<string, OrderParties>> {
    if (orderIds.length === 0) return new Map();
    const { rows } = await client.query<{ order_id: string; buyer_id: string; supplier_id: string }>(
      `SELECT data->>'orderId' AS order_id, data->>'buyerId' AS buyer_id, data->>'supplierId' AS supplier_id
         FROM "${this.schema}".shared_events
        WHERE company_id = $1 AND context = 'orders' AND type = 'PurchaseOrderIssued' AND data->>'orderId' = ANY($2::text[])`,
      [companyId, orderIds],
    );
    return new Map(rows.map((row) => [row.order_id, { buyerId: row.buyer_id, supplierId: row.supplier_id }]));
  }
}
