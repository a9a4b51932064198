import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every event that touched a customer order, at any tier, with the facts that decide who may
 * see it. The data is kept whole so "as of" questions can be answered by folding it again.
 */
@Entity('order_timeline')
@Index(['customerOrderId', 'logCommit', 'logPrepare'])
export class TimelineEventEntity {
  @PrimaryColumn('uuid') eventId!: string;
  @Column('text') customerOrderId!: string;
  @Column('bigint') logCommit!: string;
  @Column('bigint') logPrepare!: string;
  @Column('text') streamId!: string;
  @Column('int') revision!: number;
  @Column('text') type!: string;
  @Column('int') schemaVersion!: number;
  @Column('timestamptz') recordedAt!: string;
  /** customer_order, purchase_order or work_item: whose stream it is. */
  @Column('text') subject!: string;
  @Column('text', { nullable: true }) poId!: string | null;
  @Column('int', { nullable: true }) lineNo!: number | null;
  @Column('jsonb') data!: Record<string, unknown>;
}
