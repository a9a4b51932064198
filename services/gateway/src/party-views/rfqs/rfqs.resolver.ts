import { Inject } from '@nestjs/common';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { READ_DATABASE } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../../graphql-caller';
import { checkStatuses, connectionOf, emptyConnection, pageRequest, type Connection } from '../../paging';
import { ReadModelSchema } from '../../read-models/read-model-schema';
import { READ_SCHEMA } from '../../read-schema.token';
import { RfqConnectionModel, RfqFilterInput } from './rfq-list.model';
import { toRfqModel } from './rfq.mapper';
import { RfqModel } from './rfq.model';
import { rfqViewerOf } from './rfq-viewer';
import { RFQ_STATUSES, decodeRfqCursor, encodeRfqCursor, loadVisibleRfqs } from './rfqs.query';

@Resolver(() => RfqModel)
export class RfqsResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
    private readonly schema: ReadModelSchema,
  ) {}

  @Query(() => RfqConnectionModel, {
    description:
      'The requests for quotation you issued (with every quote) or were invited to (with your own quote only), newest first, a page at a time; each as rfq(id) shows it to you. ' +
      'Quotes are never granted: an integrator (or the coordinator) gets an empty list.',
  })
  async rfqs(
    @Args('filter', { type: () => RfqFilterInput, nullable: true }) filter: RfqFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100 (default 20)' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page' }) after: string | null,
    @Context() context: GraphQLContext,
  ): Promise<Connection<RfqModel>> {
    const viewer = rfqViewerOf(requireCaller(context));
    const statuses = checkStatuses(filter?.status, RFQ_STATUSES, 'filter.status');
    const page = pageRequest(first, after, decodeRfqCursor);
    if (viewer === null) return emptyConnection();
    const rfqs = await loadVisibleRfqs(this.db, this.schema.tables.rfqQuotes, this.schemaName, viewer, { statuses, ...page });
    return connectionOf(rfqs, page.first, encodeRfqCursor, toRfqModel);
  }
}
