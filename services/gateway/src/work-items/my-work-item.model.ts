import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../paging/connection.model';

@ObjectType('MyOperation', { description: 'One of your own operations on a work item.' })
export class MyOperationModel {
  @Field(() => Int) opNo!: number;
  @Field() process!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When you reported it completed; null while it is not' }) completedAt!: Date | null;
}

@ObjectType('MyWorkItem', { description: 'A purchase order line your company works on as its supplier, as the shop-floor phone page shows it.' })
export class MyWorkItemModel {
  @Field() poId!: string;
  @Field(() => Int) lineNo!: number;
  @Field(() => String, { nullable: true, description: 'Null for work reported before any purchase order' }) partNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'The BOM node’s description, from the revision the work was opened on' }) description!: string | null;
  @Field(() => Int, { nullable: true, description: 'Pieces ordered on the line' }) quantity!: number | null;
  @Field(() => Int) qtyGood!: number;
  @Field(() => Int) qtyScrap!: number;
  @Field(() => Int, { nullable: true, description: 'How far along, 0 to 100, if you said' }) percent!: number | null;
  @Field(() => String, { nullable: true, description: 'Due date of the purchase order line, YYYY-MM-DD' }) dueDate!: string | null;
  @Field(() => String, { nullable: true, description: 'Your expected finish date, YYYY-MM-DD' }) eta!: string | null;
  @Field({ description: 'not_started, in_progress, completed, delayed or blocked: the status of your latest report' }) status!: string;
  @Field(() => String, { nullable: true }) delayReason!: string | null;
  @Field(() => [MyOperationModel], { description: 'Your operations on this line, in routing order (the routing’s other operations are other workshops’)' })
  operations!: MyOperationModel[];
  @Field(() => MyOperationModel, { nullable: true, description: 'The first of your operations not completed yet; null once your part is finished' })
  nextOperation!: MyOperationModel | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The newer BOM revision that changed what this item makes (the work follows an outdated revision); null while its revision is current',
  })
  outdatedRevision!: number | null;
  @Field(() => String, { nullable: true, description: 'Who ordered it from you; null for work reported before any purchase order' }) buyerId!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When Renkei recorded the latest change' }) updatedAt!: Date;
}

@ObjectType('MyWorkItemConnection', { description: 'Due date first (lines without one last), then purchase order and line' })
export class MyWorkItemConnectionModel extends ConnectionType('MyWorkItem', MyWorkItemModel) {}
