import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('LineChangeInput', { description: 'A new quantity, a new due date or both for one line; omitted means unchanged.' })
export class LineChangeInput {
  @Field(() => Int) lineNo!: number;
  @Field(() => Int, { nullable: true }) quantity?: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate?: string | null;
}

@InputType('AcceptOrderWithChangesInput', { description: 'The body of POST /v1/purchase-orders/{orderId}/acceptance-with-changes.' })
export class AcceptOrderWithChangesInput {
  @Field(() => [LineChangeInput]) changes!: LineChangeInput[];
}

@InputType('RequestChangeInput', { description: 'The body of POST /v1/purchase-orders/{orderId}/change-requests.' })
export class RequestChangeInput {
  @Field({ description: 'Your own id for the request, so a retry cannot open two' }) changeId!: string;
  @Field(() => [LineChangeInput]) changes!: LineChangeInput[];
  @Field({ description: 'Non-blank text of at most 500 characters' }) reason!: string;
}
