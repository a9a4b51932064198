import { Inject } from '@nestjs/common';
import { Context, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { READ_DATABASE } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../../graphql-caller';
import { READ_SCHEMA } from '../../read-schema.token';
import { ViewerModel } from './viewer.model';

@Resolver(() => ViewerModel)
export class ViewerResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
  ) {}

  /** Only the caller's own identity: the board asks it for its lead id (lateItems), a page for the name to greet. */
  @Query(() => ViewerModel, { description: 'The company and role your key or link acts for.' })
  async viewer(@Context() context: GraphQLContext): Promise<ViewerModel> {
    const caller = requireCaller(context);
    const result = await this.db.query<{ legal_name: string }>(`SELECT legal_name FROM "${this.schemaName}".company_profiles WHERE company_id = $1`, [caller.companyId]);
    return { companyId: caller.companyId, role: caller.role, legalName: result.rows[0]?.legal_name ?? null, viaPhoneLink: caller.via === 'phone-link' };
  }
}
