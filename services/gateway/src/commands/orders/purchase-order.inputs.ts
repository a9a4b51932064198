import { Field, InputType, Int } from '@nestjs/graphql';
import { MoneyInput } from '../money.input';

@InputType('PurchaseOrderLineInput')
export class PurchaseOrderLineInput {
  @Field(() => Int) lineNo!: number;
  @Field({ description: 'Up to 64 characters' }) partNumber!: string;
  @Field({ description: 'The BOM node the line makes' }) bomNodeId!: string;
  @Field(() => Int) quantity!: number;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field(() => MoneyInput, { nullable: true, description: 'Seen only by the buyer and the supplier; omitted or null for none' }) unitPrice?: MoneyInput | null;
}

@InputType('ParentOrderLineInput', { description: 'The line of a purchase order you supply that this order serves.' })
export class ParentOrderLineInput {
  @Field() orderId!: string;
  @Field(() => Int) lineNo!: number;
}

@InputType('IssuePurchaseOrderInput', { description: 'The body of POST /v1/purchase-orders/{orderId}.' })
export class IssuePurchaseOrderInput {
  @Field({ description: 'Your own order number; it is also the path id' }) orderId!: string;
  @Field({ description: 'The member company that supplies it' }) supplierId!: string;
  @Field() customerOrderId!: string;
  @Field(() => ParentOrderLineInput, {
    nullable: true,
    description: 'Required, as on REST: the line you supply when a workshop sub-contracts it, or an explicit null when a lead orders directly',
  })
  parent?: ParentOrderLineInput | null;
  @Field(() => [PurchaseOrderLineInput]) lines!: PurchaseOrderLineInput[];
}
