import { Inject, Logger } from '@nestjs/common';
import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { AUTHENTICATOR, DIRECTORY, READ_DATABASE, type Authenticator, type Caller, type MemberDirectory } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../graphql-caller';
import { buildOrderTree } from '../order-tree/build-order-tree';
import type { OrderViewer } from '../order-tree/order-viewer';
import { OrderTreeQuery } from '../order-tree/order-tree.query';
import { viewerOf } from '../order-tree/viewer-of';
import { READ_SCHEMA } from '../read-schema.token';
import { LateItemModel } from './late-item.model';
import { lateItemsOf, mostLateFirst, type LateItem } from './late-items';
import { OrderChanges, type OrderChange } from './order-changes';
import { pushes, type Push } from './pushes';
import { notFound, stillSignedIn } from './subscriber';

@Resolver()
export class LateItemsChangedResolver {
  private readonly logger = new Logger('subscriptions');
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    private readonly changes: OrderChanges,
    private readonly query: OrderTreeQuery,
  ) {}

  @Subscription(() => [LateItemModel], {
    description:
      "The late nodes of a lead contractor's open customer orders, most days late first: first as they are now, then again each time " +
      'a committed change altered the list. For the lead itself, or an integrator it granted orders and work; NOT_FOUND for anyone else.',
    resolve: (items: readonly LateItem[]) => items,
  })
  async lateItemsChanged(@Args('leadId') leadId: string, @Context() context: GraphQLContext): Promise<AsyncIterableIterator<readonly LateItem[]>> {
    const caller = requireCaller(context);
    if (this.viewerFor(caller, leadId) === null) throw notFound('lead contractor', leadId);
    const feed = this.changes.watch('every order');
    try {
      const lateByOrder = new Map<string, LateItem[]>();
      await this.refresh(lateByOrder, leadId, caller, { orderIds: new Set(), anyOrder: true });
      let sent = listOf(lateByOrder);
      return pushes<readonly LateItem[]>(feed, {
        first: sent,
        field: 'lateItemsChanged',
        afterChange: async (change): Promise<Push<readonly LateItem[]>> => {
          if (!stillSignedIn(this.authenticator, context, caller)) return 'end';
          const touched = await this.refresh(lateByOrder, leadId, caller, change);
          if (touched === 'not entitled') return 'end';
          if (!touched) return 'nothing';
          const now = listOf(lateByOrder);
          if (JSON.stringify(now) === JSON.stringify(sent)) return 'nothing';
          sent = now;
          return { value: now };
        },
        onFailure: (error) => this.logger.error(`lateItemsChanged(${leadId}) for ${caller.companyId} failed: ${error instanceof Error ? error.message : String(error)}`),
      });
    } catch (error) {
      await feed.return();
      throw error;
    }
  }

  /** The lead sees as itself; an integrator as the lead when the lead granted it orders and work (re-read each time: grants change). */
  private viewerFor(caller: Caller, leadId: string): OrderViewer | null {
    if (caller.role !== 'lead' && caller.role !== 'integrator') return null;
    const viewer = viewerOf(caller, this.directory, ['orders', 'work']);
    return viewer.seesAs.includes(leadId) ? viewer : null;
  }

  /** Recomputes the late items of the lead's orders the change touched; false when it touched none of them. */
  private async refresh(lateByOrder: Map<string, LateItem[]>, leadId: string, caller: Caller, change: OrderChange): Promise<boolean | 'not entitled'> {
    const viewer = this.viewerFor(caller, leadId);
    if (viewer === null) return 'not entitled';
    const found = await this.db.query<{ order_id: string; status: string }>(
      `SELECT order_id, status FROM "${this.schemaName}".customer_orders WHERE owner_id = $1 AND (($2::boolean AND status = 'open') OR order_id = ANY($3::text[]))`,
      [leadId, change.anyOrder, [...change.orderIds]],
    );
    if (change.anyOrder) lateByOrder.clear();
    for (const { order_id: orderId, status } of found.rows) {
      const visible = status === 'open' ? await this.query.load(this.db, orderId, viewer) : null;
      if (visible === null) lateByOrder.delete(orderId);
      else lateByOrder.set(orderId, lateItemsOf(buildOrderTree(visible)));
    }
    return change.anyOrder || found.rows.length > 0;
  }
}

function listOf(lateByOrder: ReadonlyMap<string, readonly LateItem[]>): readonly LateItem[] {
  return mostLateFirst([...lateByOrder.keys()].sort().flatMap((orderId) => lateByOrder.get(orderId) ?? []));
}
