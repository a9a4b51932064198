import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { QuotesAwardV1, QuotesMatchCriteriaV1, QuotesRfqLineV1 } from '@renkei/contracts';
import type { Rfq } from '@renkei/quotes';

export interface RfqDeclineRow {
  readonly workshopId: string;
  readonly reason: string;
  readonly declinedAt: string;
}

/**
 * One request for quotation. Who was invited, who declined and what was awarded are kept per
 * workshop in jsonb, so the query hands each viewer only its own entries (filtered in SQL).
 */
@Entity('rfqs')
@Index(['issuedBy', 'issuedAt'])
export class RfqEntity {
  @PrimaryColumn('text') rfqId!: string;
  @Column('text') issuedBy!: string;
  @Column('text', { nullable: true }) customerOrderId!: string | null;
  /** open, awarded or cancelled; overdue is decided per viewer from overdueMissing. */
  @Column('text') status!: string;
  @Column('jsonb') lines!: QuotesRfqLineV1[];
  @Column('timestamptz') answerDeadline!: string;
  @Column('jsonb') invited!: string[];
  /** invited or matched */
  @Column('text') selection!: string;
  @Column('jsonb', { nullable: true }) matchCriteria!: QuotesMatchCriteriaV1 | null;
  /** Workshops that sent a quote (rows of rfq_quotes). */
  @Column('jsonb') quotedBy!: string[];
  @Column('jsonb') declines!: RfqDeclineRow[];
  /** Every workshop's share of the award, with its price: each workshop is given only its own. */
  @Column('jsonb') awards!: QuotesAwardV1[];
  @Column('jsonb') unawardedLines!: number[];
  @Column('timestamptz', { nullable: true }) awardedAt!: string | null;
  @Column('text', { nullable: true }) cancelReason!: string | null;
  @Column('timestamptz', { nullable: true }) cancelledAt!: string | null;
  /** Invited workshops that stayed silent past the deadline; empty until the overdue notice. */
  @Column('jsonb') overdueMissing!: string[];
  @Column('timestamptz', { nullable: true }) overdueAt!: string | null;
  @Column('timestamptz') issuedAt!: string;
  @Column('timestamptz') updatedAt!: string;
  /** The quotes context's own state, folded by its own evolve: holds every quote, never sent to a client. */
  @Column('jsonb') state!: Rfq;
  @Column('int') lastRevision!: number;
}
