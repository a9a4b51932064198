import { Inject } from '@nestjs/common';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { READ_DATABASE, type Caller } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../graphql-caller';
import { WorkItemModel } from './work-item.model';
import { WorkItemRepository } from './work-item.repository';
import type { WorkItemRow } from './work-item-row';

@Resolver(() => WorkItemModel)
export class WorkItemResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    private readonly repository: WorkItemRepository,
  ) {}

  @Query(() => WorkItemModel, { nullable: true, description: 'One purchase order line’s work; null when unknown or not yours to see.' })
  async workItem(
    @Args('poId') poId: string,
    @Args('lineNo', { type: () => Int }) lineNo: number,
    @Context() context: GraphQLContext,
  ): Promise<WorkItemModel | null> {
    const caller = requireCaller(context);
    const row = await this.repository.load(this.db, poId, lineNo);
    return row !== null && mayView(caller, row) ? row : null;
  }
}

/**
 * Until purchase orders exist (step 2) the only facts are who reported: that
 * workshop sees its own work, a lead contractor sees the work reported to it.
 * Anyone else sees nothing, not even that the item exists.
 */
function mayView(caller: Caller, row: WorkItemRow): boolean {
  return caller.role === 'lead' || caller.companyId === row.reportedBy;
}
