import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Money', { description: 'Shown only to the two parties of the order it is on.' })
export class MoneyModel {
  @Field({ description: 'Decimal string, e.g. "1250.50"' }) amount!: string;
  @Field({ description: 'ISO 4217' }) currency!: string;
}

@ObjectType('DelayReason')
export class DelayReasonModel {
  @Field() poId!: string;
  @Field(() => Int) lineNo!: number;
  @Field() workshopId!: string;
  @Field(() => String, { nullable: true, description: 'material, machine, labour, quality, subcontractor, customer-change or other' }) reasonCode!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) eta!: string | null;
  @Field() blocked!: boolean;
}

@ObjectType('NodeAssignment', { description: 'A purchase order line serving a node: the workshop and the order at that tier, and its work.' })
export class NodeAssignmentModel {
  @Field() poId!: string;
  @Field(() => Int) lineNo!: number;
  @Field(() => Int) tier!: number;
  @Field() buyerId!: string;
  @Field() supplierId!: string;
  @Field({ description: 'Issued, AwaitingBuyer, Accepted, Rejected, Cancelled or Closed' }) orderStatus!: string;
  @Field(() => Int) quantity!: number;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field(() => Int) shipped!: number;
  @Field(() => Int) received!: number;
  @Field(() => MoneyModel, { nullable: true, description: 'Null unless you are the buyer or the supplier' }) unitPrice!: MoneyModel | null;
  @Field(() => String, { nullable: true, description: 'not_started, in_progress, completed, delayed or blocked; null before the line is accepted' })
  workStatus!: string | null;
  @Field(() => Int) qtyGood!: number;
  @Field(() => Int) qtyScrap!: number;
  @Field(() => Float) percent!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) eta!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Shop-floor time of the last report' }) lastReportAt!: Date | null;
}

@ObjectType('OrderNode', { description: 'One BOM node of a customer order, with its rollups (rules: docs/rollups.md).' })
export class OrderNodeModel {
  @Field() nodeId!: string;
  @Field(() => String, { nullable: true }) parentId!: string | null;
  @Field(() => Int) depth!: number;
  @Field() partNumber!: string;
  @Field() description!: string;
  @Field() kind!: string;
  @Field() makeOrBuy!: string;
  @Field(() => Float, { description: 'Pieces the order needs' }) quantity!: number;
  @Field(() => [NodeAssignmentModel]) assignments!: NodeAssignmentModel[];
  @Field({ description: 'Own status: not_ordered, ordered, in_progress, delayed, blocked or completed' }) status!: string;
  @Field(() => Float, { description: 'Quantity-weighted over the subtree, 0 to 100' }) percentComplete!: number;
  @Field(() => String, { nullable: true, description: 'Critical-path ETA, YYYY-MM-DD' }) eta!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate!: string | null;
  @Field() late!: boolean;
  @Field(() => Int) daysLate!: number;
  @Field({ description: 'It or any input is blocked' }) blocked!: boolean;
  @Field({ description: 'On the path that sets the order ETA' }) critical!: boolean;
  @Field(() => Int) remainingOperations!: number;
  @Field(() => [DelayReasonModel]) delayReasons!: DelayReasonModel[];
  @Field(() => [OrderNodeModel]) children!: OrderNodeModel[];
}

@ObjectType('CustomerOrder', { description: "A lead contractor's end-to-end order, as you are entitled to see it." })
export class CustomerOrderModel {
  @Field() orderId!: string;
  @Field() ownerId!: string;
  @Field(() => String, { nullable: true, description: 'Only for the lead that owns the order' }) customerName!: string | null;
  @Field(() => String, { nullable: true }) customerRef!: string | null;
  @Field() productId!: string;
  @Field(() => Int) bomRevision!: number;
  @Field({ description: 'open or closed' }) status!: string;
  @Field(() => Float) percentComplete!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) eta!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate!: string | null;
  @Field() late!: boolean;
  @Field() blocked!: boolean;
  @Field(() => GraphQLISODateTime) placedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when the answer is as of a past moment' }) asOf!: Date | null;
  @Field(() => [OrderNodeModel], { description: 'The top of the tree you may see; each node holds its children' }) tree!: OrderNodeModel[];
  @Field(() => [OrderNodeModel], { description: 'Every node you may see, depth-first' }) nodes!: OrderNodeModel[];
}
