import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { READ_DATABASE } from '@renkei/service-kit';
import { requireCaller, type GraphQLContext } from '../../graphql-caller';
import { READ_SCHEMA } from '../../read-schema.token';
import { toCompanyModel } from './company.mapper';
import { CompanyModel } from './company.model';
import { loadCompanyProfile } from './company.query';

@Resolver(() => CompanyModel)
export class CompanyResolver {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(READ_SCHEMA) private readonly schemaName: string,
  ) {}

  /** The directory is for finding each other: every authenticated member may read any member's public profile. */
  @Query(() => CompanyModel, { nullable: true, description: 'A member company’s public profile; null when no such company is registered.' })
  async company(@Args('id') id: string, @Context() context: GraphQLContext): Promise<CompanyModel | null> {
    requireCaller(context);
    const profile = await loadCompanyProfile(this.db, this.schemaName, id, new Date());
    return profile === null ? null : toCompanyModel(profile);
  }
}
