import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WorkOperation', { description: 'One operation of the node’s routing; consecutive operations may be at different workshops.' })
export class WorkOperationModel {
  @Field(() => Int) opNo!: number;
  @Field() process!: string;
  @Field() workshopId!: string;
}

@ObjectType('CompletedOperation')
export class CompletedOperationModel {
  @Field(() => Int) opNo!: number;
  @Field(() => GraphQLISODateTime, { description: 'Shop-floor time it was finished' }) at!: Date;
}

@ObjectType('WorkItem', { description: 'The work on one purchase order line, as its workshop last reported it.' })
export class WorkItemModel {
  @Field() poId!: string;
  @Field(() => Int) lineNo!: number;
  @Field({ description: 'not_started, in_progress, completed, delayed or blocked' }) status!: string;
  @Field(() => Int) qtyGood!: number;
  @Field(() => Int) qtyScrap!: number;
  @Field(() => Int, { nullable: true, description: 'How far along, 0 to 100, if the workshop said' }) percent!: number | null;
  @Field(() => String, { nullable: true, description: 'Expected finish date, YYYY-MM-DD' }) eta!: string | null;
  @Field(() => String, { nullable: true, description: 'material, machine, labour, quality, subcontractor, customer-change or other' }) delayReason!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When the report shown happened on the shop floor' }) occurredAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When Renkei recorded the report shown' }) updatedAt!: Date;
  @Field(() => String, { nullable: true, description: 'The workshop whose report is shown; null before the first report' }) reportedBy!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the work was finished on the shop floor' }) completedAt!: Date | null;
  @Field(() => String, { nullable: true }) buyerId!: string | null;
  @Field(() => String, { nullable: true }) supplierId!: string | null;
  @Field(() => String, { nullable: true }) customerOrderId!: string | null;
  @Field(() => String, { nullable: true }) bomNodeId!: string | null;
  @Field(() => String, { nullable: true }) partNumber!: string | null;
  @Field(() => Int, { nullable: true }) quantity!: number | null;
  @Field(() => String, { nullable: true, description: 'Due date of the purchase order line, YYYY-MM-DD' }) dueDate!: string | null;
  @Field(() => [WorkOperationModel]) operations!: WorkOperationModel[];
  @Field(() => [CompletedOperationModel]) completedOperations!: CompletedOperationModel[];
  @Field(() => Int, {
    nullable: true,
    description: 'The newer BOM revision that changed what this item makes (its work follows an outdated revision); null while its revision is current',
  })
  outdatedRevision!: number | null;
}
