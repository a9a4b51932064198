import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { READ_DATABASE } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../../graphql-caller';
import { ReadModelSchema } from '../../read-models/read-model-schema';
import { READ_SCHEMA } from '../../read-schema.token';
import { toRfqModel } from './rfq.mapper';
import { RfqModel } from './rfq.model';
import { loadVisibleRfq } from './rfq.query';
import { rfqViewerOf } from './rfq-viewer';

@Resolver(() => RfqModel)
export class RfqResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    private readonly schema: ReadModelSchema,
  ) {}

  @Query(() => RfqModel, { nullable: true, description: 'One request for quotation as you may see it; null when unknown or not yours to see (integrators never see quotes).' })
  async rfq(@Args('id') id: string, @Context() context: GraphQLContext): Promise<RfqModel | null> {
    const viewer = rfqViewerOf(requireCaller(context));
    if (viewer === null) return null;
    const visible = await loadVisibleRfq(this.db, this.schema.tables.rfqQuotes, this.schemaName, id, viewer);
    return visible === null ? null : toRfqModel(visible);
  }
}
