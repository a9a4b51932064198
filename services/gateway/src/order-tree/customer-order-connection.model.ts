import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../paging/connection.model';
import { CustomerOrderModel } from './order-tree.model';

@InputType('CustomerOrderFilter')
export class CustomerOrderFilterInput {
  @Field(() => String, { nullable: true, description: 'open or closed' }) status?: string | null;
  @Field(() => String, { nullable: true, description: 'Only orders of this lead contractor' }) ownerId?: string | null;
}

@ObjectType('CustomerOrderEdge')
export class CustomerOrderEdgeModel {
  @Field() cursor!: string;
  @Field(() => CustomerOrderModel) node!: CustomerOrderModel;
}

@ObjectType('CustomerOrderConnection', { description: 'Newest first' })
export class CustomerOrderConnectionModel {
  @Field(() => [CustomerOrderEdgeModel]) edges!: CustomerOrderEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
  @Field(() => Int, { description: 'Orders on this page' }) count!: number;
}
