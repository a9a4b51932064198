import type { Provider } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { specifiedRules, validate } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { Authenticator } from '@renkei/service-kit';
import { DEFAULT_GRAPHQL_LIMITS, queryLimitRules, type GraphQLLimits } from '../limits';
import { LateItemsChangedResolver } from './late-items-changed.resolver';
import { OrderChangeListening } from './order-change-listening';
import { OrderChangedResolver } from './order-changed.resolver';
import { OrderChanges } from './order-changes';
import { callerFromConnection, maskError, maskResult, subscriptionsOnly } from './socket-connection';

export { lateItemsOf, mostLateFirst, type LateItem, type HeldUpNode } from './late-items';
export { LateItemModel, HeldUpNodeModel } from './late-item.model';
export { callerFromConnection } from './socket-connection';

/** GraphQL subscriptions (graphql-ws) to an order's changes and late items. */
export const SUBSCRIPTION_PROVIDERS: Provider[] = [OrderChanges, OrderChangeListening, OrderChangedResolver, LateItemsChangedResolver];

type GraphQLWsConfig = Exclude<NonNullable<NonNullable<ApolloDriverConfig['subscriptions']>['graphql-ws']>, boolean>;

/**
 * The Apollo driver options that switch subscriptions on (graphql-ws protocol, on the GraphQL
 * path) and authenticate their connections: `connection_init` must carry
 * `{ authorization: 'Bearer <key>' }`, else the socket is closed with 4403.
 */
export function subscriptionOptions(authenticator: Authenticator, limits: GraphQLLimits = DEFAULT_GRAPHQL_LIMITS): Pick<ApolloDriverConfig, 'subscriptions'> {
  const rules = [...specifiedRules, subscriptionsOnly, ...queryLimitRules(limits)];
  // Nest types only some graphql-ws options but spreads all of them over its own, so the socket
  // gets its own context (the HTTP one reads headers a socket has not), validation (the HTTP
  // limits, subscriptions only) and error masking (Apollo's formatError does not run here).
  const graphqlWs: GraphQLWsConfig & Pick<ServerOptions, 'context' | 'validate' | 'onError'> = {
    onConnect: (ctx) => callerFromConnection(authenticator, ctx.connectionParams).caller !== undefined,
    context: (ctx) => callerFromConnection(authenticator, ctx.connectionParams),
    validate: (schema, document) => validate(schema, document, rules),
    onNext: (_ctx, _id, _payload, _args, result) => maskResult(result),
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => maskError(error.toJSON())),
  };
  return { subscriptions: { 'graphql-ws': graphqlWs } };
}
