import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OperationFlow')
export class OperationFlowModel {
  @Field(() => Int) opNo!: number;
  @Field(() => String, { nullable: true, description: 'ISO 8601, shop-floor time' }) startedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601, shop-floor time' }) completedAt!: string | null;
  @Field(() => Float) waitingHours!: number;
  @Field(() => Float) workingHours!: number;
}

@ObjectType('NodeFlow', { description: 'One work item: time in its workshop’s operations and time waiting between them.' })
export class NodeFlowModel {
  @Field() nodeId!: string;
  @Field() poId!: string;
  @Field(() => Int) lineNo!: number;
  @Field() workshopId!: string;
  @Field(() => [OperationFlowModel]) operations!: OperationFlowModel[];
  @Field(() => Float) workingHours!: number;
  @Field(() => Float) waitingHours!: number;
}

@ObjectType('FlowMetrics', { description: 'Where an order’s flow works and where it stops, from event timestamps.' })
export class FlowMetricsModel {
  @Field() orderId!: string;
  @Field(() => [NodeFlowModel]) nodes!: NodeFlowModel[];
  @Field(() => Float) workingHours!: number;
  @Field(() => Float) waitingHours!: number;
}
