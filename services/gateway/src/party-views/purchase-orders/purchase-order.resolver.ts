import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { DIRECTORY, READ_DATABASE, type MemberDirectory } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../../graphql-caller';
import { viewerOf } from '../../order-tree/viewer-of';
import { READ_SCHEMA } from '../../read-schema.token';
import { toPurchaseOrderModel } from './purchase-order.mapper';
import { PurchaseOrderModel } from './purchase-order.model';
import { loadVisiblePurchaseOrder } from './purchase-order.query';

@Resolver(() => PurchaseOrderModel)
export class PurchaseOrderResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
  ) {}

  @Query(() => PurchaseOrderModel, { nullable: true, description: 'One purchase order at any tier as you may see it; null when unknown or not yours to see.' })
  async purchaseOrder(@Args('id') id: string, @Context() context: GraphQLContext): Promise<PurchaseOrderModel | null> {
    // An integrator sees as the companies that granted it `orders`, never with prices.
    const viewer = viewerOf(requireCaller(context), this.directory, ['orders']);
    const order = await loadVisiblePurchaseOrder(this.db, this.schemaName, id, viewer);
    return order === null ? null : toPurchaseOrderModel(order);
  }
}
