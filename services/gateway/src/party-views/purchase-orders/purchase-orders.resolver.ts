import { Inject } from '@nestjs/common';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { DIRECTORY, READ_DATABASE, type MemberDirectory } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../../graphql-caller';
import { viewerOf } from '../../order-tree/viewer-of';
import { checkStatuses, connectionOf, pageRequest, type Connection } from '../../paging';
import { READ_SCHEMA } from '../../read-schema.token';
import { PurchaseOrderConnectionModel, PurchaseOrderFilterInput } from './purchase-order-list.model';
import { toPurchaseOrderModel } from './purchase-order.mapper';
import { PurchaseOrderModel } from './purchase-order.model';
import { PURCHASE_ORDER_STATUSES, decodePurchaseOrderCursor, encodePurchaseOrderCursor, loadPurchaseOrdersOfParty } from './purchase-orders.query';

@Resolver(() => PurchaseOrderModel)
export class PurchaseOrdersResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
  ) {}

  @Query(() => PurchaseOrderConnectionModel, {
    description:
      'The purchase orders you are a party to, as buyer or supplier, newest first, a page at a time; each as purchaseOrder(id) shows it (prices only to its two parties themselves). ' +
      'An integrator lists those of the companies that granted it `orders`, without prices.',
  })
  async purchaseOrders(
    @Args('filter', { type: () => PurchaseOrderFilterInput, nullable: true }) filter: PurchaseOrderFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100 (default 20)' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page' }) after: string | null,
    @Context() context: GraphQLContext,
  ): Promise<Connection<PurchaseOrderModel>> {
    // The viewer of purchaseOrder(id): an integrator sees as the companies that granted it `orders`, never with prices.
    const viewer = viewerOf(requireCaller(context), this.directory, ['orders']);
    const statuses = checkStatuses(filter?.status, PURCHASE_ORDER_STATUSES, 'filter.status');
    const page = pageRequest(first, after, decodePurchaseOrderCursor);
    const orders = await loadPurchaseOrdersOfParty(this.db, this.schemaName, viewer, { statuses, role: filter?.role ?? null, ...page });
    return connectionOf(orders, page.first, encodePurchaseOrderCursor, toPurchaseOrderModel);
  }
}
