import { Inject } from '@nestjs/common';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { DIRECTORY, READ_DATABASE, type MemberDirectory } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../graphql-caller';
import { WorkItemModel } from './work-item.model';
import { DEPLOYMENT_LEAD } from '../read-schema.token';
import { WorkItemRepository } from './work-item.repository';

@Resolver(() => WorkItemModel)
export class WorkItemResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    private readonly repository: WorkItemRepository,
    @Inject(DEPLOYMENT_LEAD) private readonly deploymentLead: string | null,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
  ) {}

  @Query(() => WorkItemModel, { nullable: true, description: 'One purchase order line’s work; null when unknown or not yours to see.' })
  async workItem(
    @Args('poId') poId: string,
    @Args('lineNo', { type: () => Int }) lineNo: number,
    @Context() context: GraphQLContext,
  ): Promise<WorkItemModel | null> {
    const caller = requireCaller(context);
    // An integrator sees the work its grantors see (work items carry no prices); without a grant, nothing.
    const seesAs = caller.role === 'integrator' ? this.directory.grantorsOf(caller.companyId, 'work') : [caller.companyId];
    return this.repository.loadVisible(this.db, poId, lineNo, {
      seesAs,
      seesUnassignedWork: caller.role === 'lead' && caller.companyId === this.deploymentLead,
    });
  }
}
