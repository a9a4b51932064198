import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { DIRECTORY, READ_DATABASE, type MemberDirectory } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../graphql-caller';
import { buildOrderTree } from '../order-tree/build-order-tree';
import { loadCustomerOrderPage, type PageCursor } from '../order-tree/customer-orders.query';
import { OrderTreeQuery } from '../order-tree/order-tree.query';
import { viewerOf } from '../order-tree/viewer-of';
import { ReadModelSchema } from '../read-models/read-model-schema';
import { READ_SCHEMA } from '../read-schema.token';
import { LateItemModel } from '../subscriptions/late-item.model';
import { lateItemsOf, mostLateFirst, type LateItem } from '../subscriptions/late-items';

const ORDERS_PER_READ = 100;

@Resolver(() => LateItemModel)
export class LateItemsResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
    private readonly schema: ReadModelSchema,
    private readonly orders: OrderTreeQuery,
  ) {}

  @Query(() => [LateItemModel], {
    description: "Every node of the lead's open customer orders whose ETA passed its due date, worst first, with the nodes it holds up — as far as you may see them.",
  })
  async lateItems(@Args('leadId') leadId: string, @Context() context: GraphQLContext): Promise<LateItem[]> {
    const viewer = viewerOf(requireCaller(context), this.directory, ['orders', 'work']);
    const late: LateItem[] = [];
    let after: PageCursor | null = null;
    for (;;) {
      const page = await loadCustomerOrderPage(this.db, this.schema.tables.customerOrders, this.schemaName, viewer, {
        filter: { ownerId: leadId, status: 'open' },
        first: ORDERS_PER_READ,
        after,
      });
      for (const order of page.orders) {
        const visible = await this.orders.load(this.db, order.orderId, viewer);
        if (visible !== null) late.push(...lateItemsOf(buildOrderTree(visible)));
      }
      const last = page.orders[page.orders.length - 1];
      if (!page.hasNextPage || last === undefined) break;
      after = { placedAt: last.placedAt, orderId: last.orderId };
    }
    return mostLateFirst(late);
  }
}
