import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';
import { AUTHENTICATOR, bearerToken, type Authenticator, type HttpRequest } from '@renkei/service-kit';
import type { GraphQLContext } from './graphql-caller';
import { ProjectionRunner } from './projection-runner';
import { DEPLOYMENT_LEAD, READ_SCHEMA } from './read-schema.token';
import { WorkItemRepository } from './work-items/work-item.repository';
import { WorkItemResolver } from './work-items/work-item.resolver';

export interface GatewayOptions {
  readonly readSchema: string;
  readonly introspection: boolean;
  /** See DEPLOYMENT_LEAD. */
  readonly deploymentLead: string | null;
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
            // Apollo's Fastify integration passes the request itself; its Express one passed `{ req }`.
            context: (requestOrContext: HttpRequest | { req: HttpRequest }): GraphQLContext => {
              const req = 'req' in requestOrContext ? requestOrContext.req : requestOrContext;
              return { caller: authenticator.authenticate(bearerToken(req.headers.authorization)) };
            },
            formatError: (error: GraphQLFormattedError): GraphQLFormattedError => {
              const code = error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR';
              // Our own errors explain themselves; anything else could name tables or hosts.
              const message = code === 'INTERNAL_SERVER_ERROR' ? 'internal error' : error.message;
              return { message, ...(error.path ? { path: error.path } : {}), extensions: { code } };
            },
          }),
        }),
      ],
      providers: [
        { provide: READ_SCHEMA, useValue: options.readSchema },
        { provide: DEPLOYMENT_LEAD, useValue: options.deploymentLead },
        { provide: WorkItemRepository, useValue: new WorkItemRepository(options.readSchema) },
        WorkItemResolver,
        ProjectionRunner,
      ],
    };
  }
}
