import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { MoneyModel } from '../../order-tree/order-tree.model';

@ObjectType('PurchaseOrderLine')
export class PurchaseOrderLineModel {
  @Field(() => Int) lineNo!: number;
  @Field() partNumber!: string;
  @Field() bomNodeId!: string;
  @Field(() => Int) quantity!: number;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field(() => Int, { description: 'Every piece ever notified as shipped' }) shipped!: number;
  @Field(() => Int, { description: 'Pieces on shipments the buyer has not checked in yet' }) inTransit!: number;
  @Field(() => Int, { description: 'Pieces the buyer accepted into stock' }) received!: number;
  @Field(() => Int, { description: 'Pieces refused at receipt' }) rejected!: number;
  @Field(() => MoneyModel, { nullable: true, description: 'Null unless you are the buyer or the supplier yourself' }) unitPrice!: MoneyModel | null;
}

@ObjectType('ParentOrderLine', { description: 'The line of the buyer’s own purchase order that this order serves.' })
export class ParentOrderLineModel {
  @Field() poId!: string;
  @Field(() => Int) lineNo!: number;
}

@ObjectType('PurchaseOrder', {
  description: 'A purchase order at any tier, as you may see it: its buyer and supplier with prices; the lead owning the customer order, and integrators granted orders, without.',
})
export class PurchaseOrderModel {
  @Field() poId!: string;
  @Field() customerOrderId!: string;
  @Field() buyerId!: string;
  @Field() supplierId!: string;
  @Field(() => Int, { description: '1 for the lead’s own orders, 2 for a workshop’s sub-contract, ...' }) tier!: number;
  @Field({ description: 'Issued, AwaitingBuyer, Accepted, Rejected, Cancelled or Closed' }) status!: string;
  @Field(() => ParentOrderLineModel, { nullable: true, description: 'Null at tier 1' }) parent!: ParentOrderLineModel | null;
  @Field(() => [PurchaseOrderLineModel]) lines!: PurchaseOrderLineModel[];
  @Field({ description: 'Whether the unit prices are shown to you' }) pricesShown!: boolean;
  @Field(() => GraphQLISODateTime) issuedAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}
