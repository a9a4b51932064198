import type { PoolClient } from 'pg';
import { RENKEI_HUB, interchangeOf, printInterchange, type MessageContent } from '@renkei/edi';

/** Where one partner stands, read under its row lock: the numbers of both directions and how far its order events were turned into interchanges. */
export interface PartnerLedger {
  readonly companyId: string;
  /** The last sequence number taken from the partner; null before its first interchange. */
  readonly lastInboundSequence: number | null;
  readonly lastOutboundSequence: number;
  readonly outboundPosition: { readonly commit: string; readonly prepare: string };
}

/**
 * Locks the partner's row for the rest of the transaction (creating it at first contact): every
 * interchange RENKEI sends a partner takes the next number of one sequence, whether it is an
 * acknowledgement given at upload or an order interchange generated for the feed.
 */
export async function lockPartner(client: PoolClient, schema: string, companyId: string): Promise<PartnerLedger> {
  await client.query(`INSERT INTO "${schema}".edi_partners (company_id) VALUES ($1) ON CONFLICT (company_id) DO NOTHING`, [companyId]);
  const { rows } = await client.query<{ last_inbound_sequence: string | null; last_outbound_sequence: string; outbound_log_commit: string; outbound_log_prepare: string }>(
    `SELECT last_inbound_sequence::text, last_outbound_sequence::text, outbound_log_commit::text, outbound_log_prepare::text
       FROM "${schema}".edi_partners WHERE company_id = $1 FOR UPDATE`,
    [companyId],
  );
  const row = rows[0];
  if (row === undefined) throw new Error(`edi_partners lost the row of ${companyId}`);
  return {
    companyId,
    lastInboundSequence: row.last_inbound_sequence === null ? null : Number(row.last_inbound_sequence),
    lastOutboundSequence: Number(row.last_outbound_sequence),
    outboundPosition: { commit: row.outbound_log_commit, prepare: row.outbound_log_prepare },
  };
}

export interface OutboundRecord {
  readonly kind: 'orders' | 'acknowledgement';
  readonly eventIds: readonly string[];
  readonly answersControlNumber: number | null;
}

/**
 * Numbers, prints and stores one interchange from RENKEI to the partner, in the caller's
 * transaction (which holds the partner's lock): the next control number of RENKEI and the next
 * sequence number of the pair. Returns the printed text and the sequence number taken.
 */
export async function storeOutbound(client: PoolClient, schema: string, ledger: { companyId: string; lastOutboundSequence: number }, contents: readonly MessageContent[], record: OutboundRecord, now: Date): Promise<{ sequenceNumber: number; controlNumber: number; text: string }> {
  const { rows } = await client.query<{ control_number: string }>(`SELECT nextval('"${schema}".edi_control_numbers')::text AS control_number`);
  const controlNumber = Number(rows[0]?.control_number);
  const sequenceNumber = ledger.lastOutboundSequence + 1;
  const createdAt = now.toISOString();
  const text = printInterchange(interchangeOf({ sender: RENKEI_HUB, controlNumber, sequenceNumber, createdAt }, ledger.companyId, contents));
  await client.query(
    `INSERT INTO "${schema}".edi_outbound_interchanges (receiver, sequence_number, control_number, kind, text, created_at, event_ids, answers_control_number)
     VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8)`,
    [ledger.companyId, sequenceNumber, controlNumber, record.kind, text, createdAt, record.eventIds, record.answersControlNumber],
  );
  await client.query(`UPDATE "${schema}".edi_partners SET last_outbound_sequence = $2 WHERE company_id = $1`, [ledger.companyId, sequenceNumber]);
  return { sequenceNumber, controlNumber, text };
}

/** Runs `work` in one transaction on a client of its own, rolled back on any error. */
export async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
