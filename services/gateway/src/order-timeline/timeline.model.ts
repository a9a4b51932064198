import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TimelineEntry', { description: 'One event that touched an order, as you may see it.' })
export class TimelineEntryModel {
  @Field() eventId!: string;
  @Field(() => GraphQLISODateTime, { description: 'When Renkei recorded it' }) recordedAt!: Date;
  @Field() type!: string;
  @Field({ description: 'customer_order, purchase_order or work_item' }) subject!: string;
  @Field(() => String, { nullable: true }) poId!: string | null;
  @Field(() => Int, { nullable: true }) lineNo!: number | null;
  @Field({ description: 'What happened, in one line (never a price)' }) summary!: string;
}
