import { Inject } from '@nestjs/common';
import { Args, Context, GraphQLISODateTime, Int, Query, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { Pool } from 'pg';
import { DIRECTORY, READ_DATABASE, type MemberDirectory } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../graphql-caller';
import { ReadModelSchema } from '../read-models/read-model-schema';
import { READ_SCHEMA } from '../read-schema.token';
import { buildOrderTree } from './build-order-tree';
import { orderAsOf } from './order-as-of';
import { OrderTreeQuery } from './order-tree.query';
import { CustomerOrderModel } from './order-tree.model';
import { toCustomerOrderModel } from './order-tree.mapper';
import { viewerOf } from './viewer-of';
import { checkPageSize } from '../limits';
import { badCursorError } from '../paging/list-cursor';
import { CustomerOrderConnectionModel, CustomerOrderFilterInput } from './customer-order-connection.model';
import { decodeCursor, encodeCursor, loadCustomerOrderPage } from './customer-orders.query';

@Resolver(() => CustomerOrderModel)
export class CustomerOrderResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
    private readonly schema: ReadModelSchema,
    private readonly query: OrderTreeQuery,
  ) {}

  @Query(() => CustomerOrderModel, {
    nullable: true,
    description: 'Where a customer order is, end to end, as you may see it; null when unknown or not yours to see.',
  })
  async customerOrder(
    @Args('id') id: string,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true, description: 'Answer as the order stood at this moment, rebuilt from the events' })
    asOf: Date | null,
    @Context() context: GraphQLContext,
  ): Promise<CustomerOrderModel | null> {
    const viewer = viewerOf(requireCaller(context), this.directory, ['orders', 'work']);
    if (asOf !== null && asOf !== undefined && Number.isNaN(asOf.getTime())) {
      throw new GraphQLError('asOf must be an ISO 8601 date-time such as 2026-11-24T09:00:00Z', {
        extensions: { code: 'BAD_USER_INPUT', field: 'asOf', rule: 'ISO 8601 date-time', allowed: 'e.g. 2026-11-24T09:00:00Z' },
      });
    }
    context.answer?.dependsOn(id);
    const visible = await this.query.load(this.db, id, viewer);
    if (visible === null) return null;
    if (asOf === null || asOf === undefined) return toCustomerOrderModel(buildOrderTree(visible), null);
    const then = await orderAsOf(this.db, this.schema.tables, this.schemaName, visible, asOf);
    return then === null ? null : toCustomerOrderModel(buildOrderTree(then), asOf);
  }

  @Query(() => CustomerOrderConnectionModel, { description: 'The customer orders you own, buy or supply for, newest first, a page at a time.' })
  async customerOrders(
    @Args('filter', { type: () => CustomerOrderFilterInput, nullable: true }) filter: CustomerOrderFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100 (default 20)' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page' }) after: string | null,
    @Context() context: GraphQLContext,
  ): Promise<CustomerOrderConnectionModel> {
    const viewer = viewerOf(requireCaller(context), this.directory, ['orders', 'work']);
    const pageSize = checkPageSize(first);
    const cursor = after === null || after === undefined ? null : decodeCursor(after);
    if (after && cursor === null) throw badCursorError('after');
    const page = await loadCustomerOrderPage(this.db, this.schema.tables.customerOrders, this.schemaName, viewer, { filter: filter ?? {}, first: pageSize, after: cursor });
    const edges = [];
    for (const order of page.orders) {
      // Each order is cut to what the viewer may see exactly as customerOrder(id) would.
      const visible = await this.query.load(this.db, order.orderId, viewer);
      if (visible !== null) edges.push({ cursor: encodeCursor(order), node: toCustomerOrderModel(buildOrderTree(visible), null) });
    }
    const last = page.orders[page.orders.length - 1];
    return { edges, count: edges.length, pageInfo: { hasNextPage: page.hasNextPage, endCursor: last === undefined ? null : encodeCursor(last) } };
  }
}
