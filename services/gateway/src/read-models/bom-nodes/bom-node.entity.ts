import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BomRoutingOperationV1 } from '@renkei/contracts';

/** One node of one published BOM revision, with where it sits in the tree. */
@Entity('bom_nodes')
export class BomNodeEntity {
  @PrimaryColumn('text') productId!: string;
  @PrimaryColumn('int') revision!: number;
  @PrimaryColumn('text') nodeId!: string;
  @Column('text', { nullable: true }) parentId!: string | null;
  /** Node ids from the root down to this node, itself included: subtree and ancestor tests in SQL. */
  @Column('jsonb') path!: string[];
  /** Depth-first position in the tree: rows sorted by it print as the tree does. */
  @Column('int') position!: number;
  @Column('text') kind!: string;
  @Column('text') partNumber!: string;
  @Column('text') description!: string;
  @Column('double precision') qtyPer!: number;
  @Column('text') makeOrBuy!: string;
  @Column('jsonb') routing!: BomRoutingOperationV1[];
  @Column('text') publishedBy!: string;
}
