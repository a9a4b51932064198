import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { capBatchedOperations } from './batch-cap';

export const MAX_BATCHED_OPERATIONS = Symbol('MaxBatchedOperations');

/** Refuses a batch of too many GraphQL operations before Apollo parses any of them. */
@Injectable()
export class GraphQLBatchCap implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(MAX_BATCHED_OPERATIONS) private readonly maxOperations: number,
  ) {}

  onModuleInit(): void {
    capBatchedOperations(this.adapterHost.httpAdapter.getInstance<FastifyInstance>(), { path: '/graphql', maxOperations: this.maxOperations });
  }
}
