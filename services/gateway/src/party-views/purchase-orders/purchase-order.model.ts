import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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

export enum PendingChangeKindModel {
  PROPOSED_ON_ACCEPTANCE = 'PROPOSED_ON_ACCEPTANCE',
  CHANGE_REQUEST = 'CHANGE_REQUEST',
}
registerEnumType(PendingChangeKindModel, {
  name: 'PendingChangeKind',
  valuesMap: {
    PROPOSED_ON_ACCEPTANCE: { description: 'The supplier accepted with these changes; the buyer answers with acceptProposedChanges or rejectProposedChanges' },
    CHANGE_REQUEST: { description: 'A party asked to change the accepted order; the other answers with acceptChange or rejectChange (by changeId)' },
  },
});

@ObjectType('PurchaseOrderLineChange')
export class PurchaseOrderLineChangeModel {
  @Field(() => Int) lineNo!: number;
  @Field(() => Int, { nullable: true, description: 'The new quantity; null: unchanged' }) quantity!: number | null;
  @Field(() => String, { nullable: true, description: 'The new due date, YYYY-MM-DD; null: unchanged' }) dueDate!: string | null;
}

@ObjectType('PurchaseOrderPendingChange', { description: 'A change to the order that waits for one party’s answer (at most one at a time).' })
export class PurchaseOrderPendingChangeModel {
  @Field(() => PendingChangeKindModel) kind!: PendingChangeKindModel;
  @Field(() => String, { nullable: true, description: 'The id to answer a CHANGE_REQUEST by; null for PROPOSED_ON_ACCEPTANCE' }) changeId!: string | null;
  @Field() requestedBy!: string;
  @Field({ description: 'The company whose answer it waits for' }) awaiting!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => [PurchaseOrderLineChangeModel]) lines!: PurchaseOrderLineChangeModel[];
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
  @Field(() => PurchaseOrderPendingChangeModel, { nullable: true, description: 'The change waiting for an answer; null when none, or when you are not the buyer or the supplier' })
  pendingChange!: PurchaseOrderPendingChangeModel | null;
  @Field(() => GraphQLISODateTime) issuedAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}
