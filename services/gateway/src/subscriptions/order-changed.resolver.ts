import { Inject, Logger } from '@nestjs/common';
import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { AUTHENTICATOR, DIRECTORY, READ_DATABASE, type Authenticator, type Caller, type MemberDirectory } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../graphql-caller';
import { buildOrderTree } from '../order-tree/build-order-tree';
import { OrderTreeQuery } from '../order-tree/order-tree.query';
import { CustomerOrderModel } from '../order-tree/order-tree.model';
import { toCustomerOrderModel } from '../order-tree/order-tree.mapper';
import { viewerOf } from '../order-tree/viewer-of';
import { OrderChanges } from './order-changes';
import { pushes } from './pushes';
import { notFound, stillSignedIn } from './subscriber';

@Resolver()
export class OrderChangedResolver {
  private readonly logger = new Logger('subscriptions');
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    private readonly changes: OrderChanges,
    private readonly query: OrderTreeQuery,
  ) {}

  @Subscription(() => CustomerOrderModel, {
    nullable: true,
    description:
      'A customer order as you may see it (as customerOrder answers): first as it is now, then again each time a committed change touched it. ' +
      'NOT_FOUND when unknown or not yours to see; completes if you may no longer see it.',
    resolve: (order: CustomerOrderModel) => order,
  })
  async orderChanged(@Args('orderId') orderId: string, @Context() context: GraphQLContext): Promise<AsyncIterableIterator<CustomerOrderModel>> {
    const caller = requireCaller(context);
    // Watching before the first read: a change committed in between is heard, not lost.
    const feed = this.changes.watch([orderId]);
    try {
      const first = await this.orderAsSeenBy(caller, orderId);
      if (first === null) throw notFound('customer order', orderId);
      return pushes(feed, {
        first,
        field: 'orderChanged',
        afterChange: async () => {
          if (!stillSignedIn(this.authenticator, context, caller)) return 'end';
          const order = await this.orderAsSeenBy(caller, orderId);
          return order === null ? 'end' : { value: order };
        },
        onFailure: (error) => this.logger.error(`orderChanged(${orderId}) for ${caller.companyId} failed: ${error instanceof Error ? error.message : String(error)}`),
      });
    } catch (error) {
      await feed.return();
      throw error;
    }
  }

  /** Entitlements are worked out afresh each time: an integrator's grant may have been revoked since. */
  private async orderAsSeenBy(caller: Caller, orderId: string): Promise<CustomerOrderModel | null> {
    const visible = await this.query.load(this.db, orderId, viewerOf(caller, this.directory, ['orders', 'work']));
    return visible === null ? null : toCustomerOrderModel(buildOrderTree(visible), null);
  }
}
