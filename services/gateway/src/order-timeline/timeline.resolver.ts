import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { DIRECTORY, READ_DATABASE, type MemberDirectory } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../graphql-caller';
import { OrderTreeQuery } from '../order-tree/order-tree.query';
import { viewerOf } from '../order-tree/viewer-of';
import { ReadModelSchema } from '../read-models/read-model-schema';
import { READ_SCHEMA } from '../read-schema.token';
import { describeEvent } from './describe-event';
import { TimelineEntryModel } from './timeline.model';
import { loadVisibleTimeline } from './visible-timeline.query';

@Resolver(() => TimelineEntryModel)
export class TimelineResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
    private readonly schema: ReadModelSchema,
    private readonly orders: OrderTreeQuery,
  ) {}

  @Query(() => [TimelineEntryModel], {
    nullable: true,
    description: 'Every event that touched the order, across tiers, in order, as you may see it; null when the order is not yours to see.',
  })
  async timeline(@Args('orderId') orderId: string, @Context() context: GraphQLContext): Promise<TimelineEntryModel[] | null> {
    const viewer = viewerOf(requireCaller(context), this.directory, ['orders', 'work']);
    // The same cut as the order's tree: the events of the purchase orders and work items the viewer sees there.
    const visible = await this.orders.load(this.db, orderId, viewer);
    if (visible === null) return null;
    const events = await loadVisibleTimeline(this.db, this.schema.tables, this.schemaName, visible);
    return events.map((entry) => {
      return {
        eventId: entry.eventId,
        recordedAt: new Date(entry.recordedAt),
        type: entry.type,
        subject: entry.subject,
        poId: entry.poId,
        lineNo: entry.lineNo,
        summary: describeEvent(entry.type, entry.data),
      };
    });
  }
}
