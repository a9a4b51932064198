import { Inject } from '@nestjs/common';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { DIRECTORY, READ_DATABASE, type MemberDirectory } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../graphql-caller';
import { checkStatuses, connectionOf, emptyConnection, pageRequest, type Connection } from '../paging';
import { ReadModelSchema } from '../read-models/read-model-schema';
import { DEPLOYMENT_LEAD, READ_SCHEMA } from '../read-schema.token';
import { toMyWorkItemModel } from './my-work-item.mapper';
import { MyWorkItemConnectionModel, MyWorkItemModel } from './my-work-item.model';
import { WORK_ITEM_STATUSES, decodeWorkItemCursor, encodeWorkItemCursor, loadWorkItemsSuppliedBy } from './my-work-items.query';
import { workItemViewerOf } from './work-item-viewer';

@Resolver(() => MyWorkItemModel)
export class MyWorkItemsResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    private readonly schema: ReadModelSchema,
    @Inject(DEPLOYMENT_LEAD) private readonly deploymentLead: string | null,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
  ) {}

  @Query(() => MyWorkItemConnectionModel, {
    description:
      'The work your company does as the supplier (the workshop doing the work), a page at a time: by default the items whose work is not finished. ' +
      'Only a workshop key has work items: any other caller (lead, integrator, coordinator) gets an empty list.',
  })
  async myWorkItems(
    @Args('status', {
      type: () => [String],
      nullable: true,
      description:
        `Only items whose status is one of these (${WORK_ITEM_STATUSES.join(', ')}). ` +
        'Left out or null: the open ones, every item whose work is not finished (an item reported completed on one operation while another of yours is left still counts as open).',
    })
    status: string[] | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100 (default 20)' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page' }) after: string | null,
    @Context() context: GraphQLContext,
  ): Promise<Connection<MyWorkItemModel>> {
    const caller = requireCaller(context);
    const statuses = checkStatuses(status, WORK_ITEM_STATUSES, 'status');
    const page = pageRequest(first, after, decodeWorkItemCursor);
    if (caller.role !== 'workshop') return emptyConnection();
    // The visibility rule of workItem(poId, lineNo) applies on top of "supplied by me".
    const viewer = workItemViewerOf(caller, this.directory, this.deploymentLead);
    const rows = await loadWorkItemsSuppliedBy(this.db, this.schema.tables.workItems, this.schemaName, caller.companyId, viewer, { statuses, ...page });
    return connectionOf(rows, page.first, encodeWorkItemCursor, (item) => toMyWorkItemModel(item, caller.companyId));
  }
}
