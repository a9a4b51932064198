import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { READ_DATABASE } from '@renkei/service-kit';
import { INTEGRATION_SCHEMA } from '../integration-schema.token';

/**
 * The EDI channel's bookkeeping (docs/edi.md, "Transports"): what each partner sent (so a file
 * sent again gets the same answer), what RENKEI sent each partner (so a feed read again gives
 * the same files), the sequence numbers of both directions, and RENKEI's control numbers.
 * Unlike the shared copies, this is not derived from the log: it is not dropped on a rebuild.
 */
export async function ensureEdiTables(db: Pool, schema: string): Promise<void> {
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  // Unique per sender (RENKEI), as ENV.controlNumber must be; never reused, so no CYCLE.
  await db.query(`CREATE SEQUENCE IF NOT EXISTS "${schema}".edi_control_numbers MINVALUE 1 MAXVALUE 999999999 NO CYCLE`);
  await db.query(`
    CREATE TABLE IF NOT EXISTS "${schema}".edi_partners (
      company_id text PRIMARY KEY,
      last_inbound_sequence bigint,
      last_outbound_sequence bigint NOT NULL DEFAULT 0,
      outbound_log_commit bigint NOT NULL DEFAULT 0,
      outbound_log_prepare bigint NOT NULL DEFAULT 0)`);
  await db.query(`
    CREATE TABLE IF NOT EXISTS "${schema}".edi_inbound_interchanges (
      sender text NOT NULL,
      control_number bigint NOT NULL,
      sequence_number bigint,
      text_sha256 text NOT NULL,
      received_at timestamptz NOT NULL,
      answer jsonb NOT NULL,
      ack_text text NOT NULL,
      PRIMARY KEY (sender, control_number))`);
  await db.query(`
    CREATE TABLE IF NOT EXISTS "${schema}".edi_outbound_interchanges (
      receiver text NOT NULL,
      sequence_number bigint NOT NULL,
      control_number bigint NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('orders', 'acknowledgement')),
      text text NOT NULL,
      created_at timestamptz NOT NULL,
      event_ids uuid[] NOT NULL DEFAULT '{}',
      answers_control_number bigint,
      functional_ack_status text,
      functional_ack_at timestamptz,
      PRIMARY KEY (receiver, sequence_number))`);
}

/** Creates the tables when the app starts, before it takes requests. */
@Injectable()
export class EdiTables implements OnModuleInit {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(INTEGRATION_SCHEMA) private readonly schema: string,
  ) {}

  async onModuleInit(): Promise<void> {
    await ensureEdiTables(this.db, this.schema);
  }
}
