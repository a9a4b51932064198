import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { WorkOperationV1 } from '@renkei/contracts';
import type { WorkItem } from '@renkei/work-progress';

export interface CompletedOperation {
  readonly opNo: number;
  /** Shop-floor time it was finished. */
  readonly at: string;
}

/** The work on one purchase order line, with its latest progress. */
@Entity('work_items')
@Index(['customerOrderId'])
@Index(['supplierId', 'dueDate'])
export class WorkItemEntity {
  @PrimaryColumn('text') poId!: string;
  @PrimaryColumn('int') lineNo!: number;
  /** not_started, in_progress, completed, delayed or blocked */
  @Column('text') status!: string;
  @Column('int') qtyGood!: number;
  @Column('int') qtyScrap!: number;
  /** How far along, 0 to 100, as the workshop said; null when it did not say. */
  @Column('int', { nullable: true }) percent!: number | null;
  @Column('date', { nullable: true }) eta!: string | null;
  @Column('text', { nullable: true }) delayReason!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
  /** Shop-floor time of the report shown (the opening time before any report). */
  @Column('timestamptz') occurredAt!: string;
  /** When the backbone recorded the event this row last changed with. */
  @Column('timestamptz') updatedAt!: string;
  /** The workshop whose report is shown; null until the first report. */
  @Column('text', { nullable: true }) reportedBy!: string | null;
  @Column('timestamptz', { nullable: true }) completedAt!: string | null;
  /** Null only for items reported on before any purchase order opened them. */
  @Column('text', { nullable: true }) buyerId!: string | null;
  @Column('text', { nullable: true }) supplierId!: string | null;
  @Column('text', { nullable: true }) customerOrderId!: string | null;
  @Column('text', { nullable: true }) bomNodeId!: string | null;
  /** The BOM revision the item was opened on: with the customer order's product, the node's row in bom_nodes. */
  @Column('int', { nullable: true }) bomRevision!: number | null;
  @Column('text', { nullable: true }) partNumber!: string | null;
  @Column('int', { nullable: true }) quantity!: number | null;
  @Column('date', { nullable: true }) dueDate!: string | null;
  /** The node's whole routing, this supplier's operations and the others'. */
  @Column('jsonb') operations!: WorkOperationV1[];
  @Column('jsonb') completedOperations!: CompletedOperation[];
  /** The newest BOM revision that changed what the item makes; null while its revision is current. */
  @Column('int', { nullable: true }) outdatedRevision!: number | null;
  /** The supplier's (or, before any purchase order, the reporter's) part of the work is done: see ownWorkOf. */
  @Column('boolean') finished!: boolean;
  /** The work-progress context's own state, folded by its own evolve. */
  @Column('jsonb') state!: WorkItem;
  @Column('int') lastRevision!: number;
}
