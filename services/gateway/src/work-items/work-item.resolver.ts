import { Inject } from '@nestjs/common';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { DIRECTORY, READ_DATABASE, type MemberDirectory } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../graphql-caller';
import { ReadModelSchema } from '../read-models/read-model-schema';
import { DEPLOYMENT_LEAD, READ_SCHEMA } from '../read-schema.token';
import { WorkItemModel } from './work-item.model';
import { loadVisibleWorkItem } from './work-item.query';
import { workItemViewerOf } from './work-item-viewer';

@Resolver(() => WorkItemModel)
export class WorkItemResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    private readonly schema: ReadModelSchema,
    @Inject(DEPLOYMENT_LEAD) private readonly deploymentLead: string | null,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
  ) {}

  @Query(() => WorkItemModel, { nullable: true, description: 'One purchase order line’s work; null when unknown or not yours to see.' })
  async workItem(
    @Args('poId') poId: string,
    @Args('lineNo', { type: () => Int }) lineNo: number,
    @Context() context: GraphQLContext,
  ): Promise<WorkItemModel | null> {
    const viewer = workItemViewerOf(requireCaller(context), this.directory, this.deploymentLead);
    const row = await loadVisibleWorkItem(this.db, this.schema.tables.workItems, this.schemaName, { poId, lineNo }, viewer);
    if (row === null) return null;
    const { state: _state, bomRevision: _revision, finished: _finished, ...item } = row;
    return {
      ...item,
      occurredAt: new Date(row.occurredAt),
      updatedAt: new Date(row.updatedAt),
      completedAt: row.completedAt === null ? null : new Date(row.completedAt),
      completedOperations: row.completedOperations.map((operation) => ({ opNo: operation.opNo, at: new Date(operation.at) })),
    };
  }
}
