import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CustomerOrderLineV1 } from '@renkei/contracts';

/** One lead contractor's end-to-end order, as placed and closed. */
@Entity('customer_orders')
export class CustomerOrderEntity {
  @PrimaryColumn('text') orderId!: string;
  @Column('text') ownerId!: string;
  @Column('text') customerName!: string;
  @Column('text') customerRef!: string;
  @Column('text') productId!: string;
  @Column('int') bomRevision!: number;
  @Column('jsonb') lines!: CustomerOrderLineV1[];
  /** open or closed */
  @Column('text') status!: string;
  @Column('timestamptz') placedAt!: string;
  @Column('timestamptz', { nullable: true }) closedAt!: string | null;
  @Column('int') lastRevision!: number;
}
