import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { OrderMoneyV1 } from '@renkei/contracts';
import type { PurchaseOrder } from '@renkei/orders';

/** A line as everyone on the order's chain may see it: no price. */
export interface PurchaseOrderLineView {
  readonly lineNo: number;
  readonly partNumber: string;
  readonly bomNodeId: string;
  readonly quantity: number;
  readonly dueDate: string;
  readonly shipped: number;
  readonly inTransit: number;
  readonly received: number;
  readonly rejected: number;
}

export interface LinePrice {
  readonly lineNo: number;
  readonly unitPrice: OrderMoneyV1 | null;
}

/** A purchase order at any tier. Prices live in their own column, selected only for the order's two parties. */
@Entity('purchase_orders')
@Index(['customerOrderId'])
@Index(['buyerId', 'issuedAt'])
@Index(['supplierId', 'issuedAt'])
export class PurchaseOrderEntity {
  @PrimaryColumn('text') poId!: string;
  @Column('text') customerOrderId!: string;
  @Column('text', { nullable: true }) parentPoId!: string | null;
  @Column('int', { nullable: true }) parentLineNo!: number | null;
  @Column('text') buyerId!: string;
  @Column('text') supplierId!: string;
  @Column('int') tier!: number;
  /** Issued, AwaitingBuyer, Accepted, Rejected, Cancelled or Closed */
  @Column('text') status!: string;
  @Column('jsonb') lines!: PurchaseOrderLineView[];
  @Column('jsonb') prices!: LinePrice[];
  /** The BOM nodes its lines make: the join to the order's tree. */
  @Column('jsonb') nodeIds!: string[];
  @Column('timestamptz') issuedAt!: string;
  @Column('timestamptz') updatedAt!: string;
  /** The orders context's own state, folded by its own evolve: never sent to a client. */
  @Column('jsonb') state!: PurchaseOrder;
  @Column('int') lastRevision!: number;
}
