import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { DIRECTORY, READ_DATABASE, type MemberDirectory } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../graphql-caller';
import { loadVisibleTimeline } from '../order-timeline/visible-timeline.query';
import { OrderTreeQuery } from '../order-tree/order-tree.query';
import { viewerOf } from '../order-tree/viewer-of';
import { ReadModelSchema } from '../read-models/read-model-schema';
import { READ_SCHEMA } from '../read-schema.token';
import { flowMetrics } from './flow-metrics';
import { FlowMetricsModel } from './flow-metrics.model';

@Resolver(() => FlowMetricsModel)
export class FlowMetricsResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
    private readonly schema: ReadModelSchema,
    private readonly orders: OrderTreeQuery,
  ) {}

  @Query(() => FlowMetricsModel, { nullable: true, description: 'Time in operations vs time waiting, per work item and in total; null when the order is not yours to see.' })
  async flowMetrics(@Args('orderId') orderId: string, @Context() context: GraphQLContext): Promise<FlowMetricsModel | null> {
    const viewer = viewerOf(requireCaller(context), this.directory, ['orders', 'work']);
    const visible = await this.orders.load(this.db, orderId, viewer);
    if (visible === null) return null;
    const flow = flowMetrics(await loadVisibleTimeline(this.db, this.schema.tables, this.schemaName, visible), new Date());
    return { orderId, ...flow, nodes: flow.nodes.map((node) => ({ ...node, operations: [...node.operations] })) };
  }
}
