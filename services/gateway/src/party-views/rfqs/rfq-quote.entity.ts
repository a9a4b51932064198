import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { QuotesQuoteLineV1 } from '@renkei/contracts';

export interface QuoteRevisionRow {
  /** 1 for the submission, then 2, 3, ... */
  readonly revision: number;
  readonly lines: readonly QuotesQuoteLineV1[];
  readonly sentAt: string;
}

/** One workshop's quote on one RFQ, every revision with its prices: for that workshop and the issuer only. */
@Entity('rfq_quotes')
@Index(['rfqId'])
export class RfqQuoteEntity {
  @PrimaryColumn('text') rfqId!: string;
  @PrimaryColumn('text') quoteId!: string;
  /** 1 for the first quote submitted on the RFQ, 2 for the next, ...: how they are listed. */
  @Column('int') position!: number;
  @Column('text') workshopId!: string;
  @Column('text') rfqIssuedBy!: string;
  /** Oldest first; the last one counts. */
  @Column('jsonb') revisions!: QuoteRevisionRow[];
  @Column('int') latestRevision!: number;
  @Column('timestamptz') submittedAt!: string;
  /** When the revision that counts was sent. */
  @Column('timestamptz') revisedAt!: string;
}
