import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WorkItem', { description: 'The work on one purchase order line, as its workshop last reported it.' })
export class WorkItemModel {
  @Field() poId!: string;
  @Field(() => Int) lineNo!: number;
  @Field({ description: 'not_started, in_progress, completed, delayed or blocked' }) status!: string;
  @Field(() => Int) qtyGood!: number;
  @Field(() => Int) qtyScrap!: number;
  @Field(() => String, { nullable: true, description: 'Expected finish date, YYYY-MM-DD' }) eta!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When the report shown happened on the shop floor' }) occurredAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When Renkei recorded the report shown' }) updatedAt!: Date;
  @Field() reportedBy!: string;
}
