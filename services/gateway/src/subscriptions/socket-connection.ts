import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import { bearerToken, type Authenticator } from '@renkei/service-kit';
import type { GraphQLContext } from '../graphql-caller';

/** `connectionParams.authorization` (`Bearer <key>`) as the client sent it in `connection_init`. */
export function authorizationOf(connectionParams: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const authorization = connectionParams?.['authorization'] ?? connectionParams?.['Authorization'];
  return typeof authorization === 'string' ? authorization : undefined;
}

/** The GraphQL context of a websocket operation: the same caller an HTTP request with that Authorization header has. */
export function callerFromConnection(authenticator: Authenticator, connectionParams: Readonly<Record<string, unknown>> | undefined): GraphQLContext {
  const authorization = authorizationOf(connectionParams);
  return { caller: authenticator.authenticate(bearerToken(authorization)), authorization };
}

/**
 * The socket carries subscriptions only. Queries and mutations are answered over HTTP, where
 * batching is capped and responses are formatted; two paths to each would be two to keep equal.
 */
export const subscriptionsOnly: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation !== 'subscription') {
      context.reportError(
        new GraphQLError(`send ${operation.operation === 'query' ? 'queries' : 'mutations'} over HTTP (POST /graphql); the websocket carries subscriptions only`, {
          nodes: operation,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      );
    }
  },
});

/** As the HTTP formatError: our own errors explain themselves; anything else could name tables or hosts. */
export function maskError(error: GraphQLFormattedError): GraphQLFormattedError {
  const code = error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR';
  const path = error.path ? { path: error.path } : {};
  if (code === 'INTERNAL_SERVER_ERROR') return { message: 'internal error', ...path, extensions: { code } };
  const { stacktrace: _stacktrace, http: _http, ...explained } = error.extensions ?? {};
  return { message: error.message, ...(error.locations ? { locations: error.locations } : {}), ...path, extensions: { ...explained, code } };
}

export function maskResult(result: ExecutionResult): FormattedExecutionResult {
  const { errors, ...rest } = result;
  return errors === undefined ? rest : { ...rest, errors: errors.map((error) => maskError(error.toJSON())) };
}
