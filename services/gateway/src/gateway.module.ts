import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';
import type { Pool } from 'pg';
import { READ_DATABASE, AUTHENTICATOR, bearerToken, type Authenticator, type HttpRequest, type ServiceUrls } from '@renkei/service-kit';
import { graphqlTelemetryPlugin } from '@renkei/telemetry';
import { answerCacheProviders, DEFAULT_ANSWER_CACHE_CHARS, answerCachePlugin, ticketOf } from './answer-cache';
import { commandErrorExtensions, commandProviders } from './commands';
import { DEFAULT_GRAPHQL_LIMITS, limitRefusal, queryLimitRules, type GraphQLLimits } from './limits';
import { GraphQLBatchCap, MAX_BATCHED_OPERATIONS } from './limits/batch-cap.provider';
import { PARTY_VIEW_PROVIDERS } from './party-views';
import { SUBSCRIPTION_PROVIDERS, subscriptionOptions } from './subscriptions';
import type { GraphQLContext } from './graphql-caller';
import { ProjectionRunner } from './projection-runner';
import { DEPLOYMENT_LEAD, READ_SCHEMA } from './read-schema.token';
import { WorkItemResolver } from './work-items/work-item.resolver';
import { MyWorkItemsResolver } from './work-items/my-work-items.resolver';
import { CustomerOrderResolver } from './order-tree/customer-order.resolver';
import { TimelineResolver } from './order-timeline/timeline.resolver';
import { FlowMetricsResolver } from './flow-metrics/flow-metrics.resolver';
import { LateItemsResolver } from './late-items/late-items.resolver';
import { ReadModelSchema } from './read-models/read-model-schema';
import { OrderTreeQuery } from './order-tree/order-tree.query';

export interface GatewayOptions {
  /** The read models' database (TypeORM creates their tables from the entities there). */
  readonly databaseUrl: string;
  readonly readSchema: string;
  /** Off in production: the schema is documented, and introspection helps an attacker map it. */
  readonly introspection: boolean;
  readonly limits?: GraphQLLimits;
  /** See DEPLOYMENT_LEAD. */
  readonly deploymentLead: string | null;
  /** Characters of serialized answers kept by the answer cache (0 turns it off); DEFAULT_ANSWER_CACHE_CHARS when absent. */
  readonly answerCacheChars?: number;
  /** Distributed mode: where the services answer the mutations' commands. Absent in embedded mode (they run in this app). */
  readonly serviceUrls?: ServiceUrls | null;
}

/** GraphQL over the read models. Needs READ_DATABASE, EVENT_SOURCE, AUTHENTICATOR and DIRECTORY (integrators' grants) from the composing app. */
@Module({})
export class GatewayModule {
  static forRoot(options: GatewayOptions): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AUTHENTICATOR],
          useFactory: (authenticator: Authenticator) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            introspection: options.introspection,
            includeStacktraceInErrorResponses: false,
            validationRules: queryLimitRules(options.limits ?? DEFAULT_GRAPHQL_LIMITS),
            allowBatchedHttpRequests: true,
            // We set no cache hints; Apollo's default cache-control plugin still hooks every resolved field (2.5× slower on a 1,000-node tree, bench:graphql-driver).
            plugins: [ApolloServerPluginCacheControlDisabled(), answerCachePlugin(), graphqlTelemetryPlugin<GraphQLContext>()],
            ...subscriptionOptions(authenticator, options.limits ?? DEFAULT_GRAPHQL_LIMITS),
            // Apollo's Fastify integration passes the request itself; its Express one passed `{ req }`.
            context: (requestOrContext: HttpRequest | { req: HttpRequest }): GraphQLContext => {
              const req = 'req' in requestOrContext ? requestOrContext.req : requestOrContext;
              return { caller: authenticator.authenticate(bearerToken(req.headers.authorization)), authorization: req.headers.authorization, answer: ticketOf(req) };
            },
            formatError: (error: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
              const refusal = limitRefusal(error, original);
              if (refusal !== undefined) return refusal;
              const code = error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR';
              // Our own errors explain themselves; anything else could name tables or hosts.
              if (code === 'INTERNAL_SERVER_ERROR') return { message: 'internal error', ...(error.path ? { path: error.path } : {}), extensions: { code } };
              const { stacktrace: _stacktrace, http: _http, ...explained } = error.extensions ?? {};
              return { message: error.message, ...(error.path ? { path: error.path } : {}), extensions: { ...explained, code, ...commandErrorExtensions(error.extensions) } };
            },
          }),
        }),
      ],
      providers: [
        { provide: READ_SCHEMA, useValue: options.readSchema },
        { provide: DEPLOYMENT_LEAD, useValue: options.deploymentLead },
        { provide: MAX_BATCHED_OPERATIONS, useValue: (options.limits ?? DEFAULT_GRAPHQL_LIMITS).maxBatchedOperations },
        GraphQLBatchCap,
        ...answerCacheProviders(options.answerCacheChars ?? DEFAULT_ANSWER_CACHE_CHARS),
        {
          provide: ReadModelSchema,
          inject: [READ_DATABASE],
          useFactory: (db: Pool) => ReadModelSchema.open(options.databaseUrl, db, options.readSchema),
        },
        {
          provide: OrderTreeQuery,
          inject: [ReadModelSchema],
          useFactory: (schema: ReadModelSchema) => new OrderTreeQuery(schema.tables, options.readSchema),
        },
        WorkItemResolver,
        MyWorkItemsResolver,
        CustomerOrderResolver,
        TimelineResolver,
        FlowMetricsResolver,
        LateItemsResolver,
        ProjectionRunner,
        ...commandProviders({ serviceUrls: options.serviceUrls ?? null }),
        ...PARTY_VIEW_PROVIDERS,
        ...SUBSCRIPTION_PROVIDERS,
      ],
    };
  }
}
