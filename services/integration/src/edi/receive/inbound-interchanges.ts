import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Pool, type PoolClient } from 'pg';
import { RENKEI_HUB, applicableMessages, parseInterchange, type EdiMessage, type Envelope, type InterchangeParseResult, type MessageContent } from '@renkei/edi';
import { READ_DATABASE, type Caller } from '@renkei/service-kit';
import { INTEGRATION_SCHEMA } from '../../integration-schema.token';
import { inTransaction, lockPartner, storeOutbound } from '../partner-ledger';
import { EDI_COMMAND_GATEWAY, type CommandGateway } from '../rest-commands';
import { acknowledgementContents, type AcknowledgementSummary } from './acknowledgement';
import { applyMessages } from './apply-messages';
import { controlNumberReused, integratorsDoNotExchange, senderIsNotCaller, temporarilyUnavailable, unaddressableInterchange } from './inbound-problems';
import { interchangeDigest } from './interchange-text';
import { sequenceHeader, sequenceReportOf } from './sequence-report';

/** The answer to an upload: the acknowledgement interchange ('' when none is due) and what it says, as headers. */
export interface InboundAnswer {
  readonly text: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly replayed: boolean;
}

/** What is kept of an answer besides its text, so a file sent again gets the same headers too. */
interface StoredAnswer {
  readonly summary: AcknowledgementSummary;
  readonly sequence: string;
  readonly ackSequence: number | null;
}

/** Uploads of different interchanges run side by side; the same one waits for the first to finish. */
const LOCK_CONNECTIONS = 4;

/**
 * Receives a partner's interchange: checks that its sender is the caller, answers a file sent
 * again with its first answer, applies every message that passed syntax through the REST API as
 * the caller, and records the interchange, its sequence number and its acknowledgement together.
 */
@Injectable()
export class InboundInterchanges implements OnApplicationShutdown {
  private lockPool: Pool | null = null;

  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(INTEGRATION_SCHEMA) private readonly schema: string,
    @Inject(EDI_COMMAND_GATEWAY) private readonly gateway: CommandGateway,
  ) {}

  async receive(caller: Caller, authorization: string | undefined, text: string): Promise<InboundAnswer> {
    if (caller.role === 'integrator') throw integratorsDoNotExchange(caller);
    const result = parseInterchange(text);
    const { sender, controlNumber } = result.received.envelope;
    if (sender === null) throw unaddressableInterchange(envelopeErrorsOf(result));
    if (sender !== caller.companyId) throw senderIsNotCaller(sender, caller);
    if (controlNumber === null) throw unaddressableInterchange(envelopeErrorsOf(result));
    const digest = interchangeDigest(text);
    return this.exclusively(`${sender}/${controlNumber}`, async () => {
      const earlier = await this.earlier(sender, controlNumber);
      if (earlier !== null) {
        if (earlier.digest !== digest) throw controlNumberReused(sender, controlNumber, earlier.receivedAt);
        return { text: earlier.ackText, headers: headersOf(earlier.answer, true), replayed: true };
      }
      const applicable = applicableMessages(result);
      const envelope = completeEnvelope(result);
      const application = applicable.length === 0 || envelope === null ? { complete: true as const, outcomes: [] } : await applyMessages(this.gateway, authorization, envelope, applicable);
      if (!application.complete) throw temporarilyUnavailable(application.failure, application.outcomes.length);
      const { contents, summary } = acknowledgementContents(result, application.outcomes);
      return this.record({ sender, controlNumber, sequenceNumber: result.received.envelope.sequenceNumber }, digest, applicable, contents, summary);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.lockPool?.end().catch(() => undefined);
  }

  /** The interchange, the partner's sequence, the acknowledgement RENKEI sends and the partner's own acknowledgements, in one transaction. */
  private async record(
    { sender, controlNumber, sequenceNumber }: { sender: string; controlNumber: number; sequenceNumber: number | null },
    digest: string,
    applicable: readonly EdiMessage[],
    contents: readonly MessageContent[],
    summary: AcknowledgementSummary,
  ): Promise<InboundAnswer> {
    const now = new Date();
    const client = await this.db.connect();
    try {
      return await inTransaction(client, async () => {
        const ledger = await lockPartner(client, this.schema, sender);
        const report = sequenceReportOf(ledger.lastInboundSequence, sequenceNumber);
        const ack = contents.length === 0 ? null : await storeOutbound(client, this.schema, ledger, contents, { kind: 'acknowledgement', eventIds: [], answersControlNumber: controlNumber }, now);
        if (sequenceNumber !== null) {
          await client.query(`UPDATE "${this.schema}".edi_partners SET last_inbound_sequence = GREATEST(COALESCE(last_inbound_sequence, 0), $2) WHERE company_id = $1`, [sender, sequenceNumber]);
        }
        await this.notePartnerAcknowledgements(client, sender, applicable, now);
        const answer: StoredAnswer = { summary, sequence: sequenceHeader(report, ledger.lastInboundSequence), ackSequence: ack?.sequenceNumber ?? null };
        await client.query(
          `INSERT INTO "${this.schema}".edi_inbound_interchanges (sender, control_number, sequence_number, text_sha256, received_at, answer, ack_text) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [sender, controlNumber, sequenceNumber, digest, now, JSON.stringify(answer), ack?.text ?? ''],
        );
        return { text: ack?.text ?? '', headers: headersOf(answer, false), replayed: false };
      });
    } finally {
      client.release();
    }
  }

  /** A partner's functional acknowledgement of an interchange RENKEI sent it: kept on that interchange, the last one winning. */
  private async notePartnerAcknowledgements(client: PoolClient, sender: string, messages: readonly EdiMessage[], now: Date): Promise<void> {
    for (const message of messages) {
      if (message.kind !== 'FUNCTIONAL-ACK' || message.acknowledgedSender !== RENKEI_HUB) continue;
      await client.query(`UPDATE "${this.schema}".edi_outbound_interchanges SET functional_ack_status = $3, functional_ack_at = $4 WHERE receiver = $1 AND control_number = $2`, [
        sender,
        message.acknowledgedControlNumber,
        message.status,
        now,
      ]);
    }
  }

  private async earlier(sender: string, controlNumber: number): Promise<{ digest: string; receivedAt: Date; answer: StoredAnswer; ackText: string } | null> {
    const { rows } = await this.db.query<{ text_sha256: string; received_at: Date; answer: StoredAnswer; ack_text: string }>(
      `SELECT text_sha256, received_at, answer, ack_text FROM "${this.schema}".edi_inbound_interchanges WHERE sender = $1 AND control_number = $2`,
      [sender, controlNumber],
    );
    const row = rows[0];
    return row === undefined ? null : { digest: row.text_sha256, receivedAt: row.received_at, answer: row.answer, ackText: row.ack_text };
  }

  /**
   * One upload of an interchange at a time, across every instance (a PostgreSQL session lock:
   * released when the work ends or its connection dies). It is held on a connection of its own
   * and no transaction stays open meanwhile: an open transaction would hold back the log's readers.
   */
  private async exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.lockPool ??= newLockPool(this.db);
    const key = `renkei-edi/${this.schema}/${name}`;
    const client = await this.lockPool.connect();
    let unlocked = false;
    try {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
      return await work();
    } finally {
      unlocked = await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]).then(
        () => true,
        () => false,
      );
      // A connection that could not unlock is closed, which releases the lock.
      client.release(!unlocked);
    }
  }
}

function newLockPool(db: Pool): Pool {
  const pool = new Pool({ ...db.options, max: LOCK_CONNECTIONS });
  pool.on('error', () => undefined);
  return pool;
}

function headersOf(answer: StoredAnswer, replayed: boolean): Record<string, string> {
  const { summary } = answer;
  return {
    'Renkei-Edi-Sequence': answer.sequence,
    ...(summary.functionalStatus === null ? {} : { 'Renkei-Edi-Functional-Status': summary.functionalStatus }),
    'Renkei-Edi-Applied': String(summary.applied),
    'Renkei-Edi-Refused': String(summary.refused),
    ...(answer.ackSequence === null ? {} : { 'Renkei-Edi-Ack-Sequence': String(answer.ackSequence) }),
    ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
  };
}

function completeEnvelope(result: InterchangeParseResult): Envelope | null {
  const { sender, receiver, controlNumber, sequenceNumber, createdAt } = result.received.envelope;
  if (sender === null || receiver === null || controlNumber === null || sequenceNumber === null || createdAt === null) return null;
  return { sender, receiver, controlNumber, sequenceNumber, createdAt };
}

/** The interchange's own errors say why the envelope could not be read; without any, every error found. */
function envelopeErrorsOf(result: InterchangeParseResult) {
  return result.received.errors.length > 0 ? result.received.errors : result.ok ? [] : result.errors;
}
