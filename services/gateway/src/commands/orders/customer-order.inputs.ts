import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('CustomerOrderLineInput')
export class CustomerOrderLineInput {
  @Field(() => Int) lineNo!: number;
  @Field({ description: 'Up to 64 characters' }) partNumber!: string;
  @Field({ description: 'The BOM node the line delivers' }) bomNodeId!: string;
  @Field(() => Int) quantity!: number;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
}

@InputType('PlaceCustomerOrderInput', { description: 'The body of POST /v1/customer-orders/{orderId}.' })
export class PlaceCustomerOrderInput {
  @Field({ description: 'Your own order number; it is also the path id, so a retry cannot place two orders' }) orderId!: string;
  @Field() customerName!: string;
  @Field({ description: 'The customer’s own reference' }) customerRef!: string;
  @Field() bomProductId!: string;
  @Field(() => Int) bomRevision!: number;
  @Field(() => [CustomerOrderLineInput]) lines!: CustomerOrderLineInput[];
}
