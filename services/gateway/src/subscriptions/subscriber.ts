import { GraphQLError } from 'graphql';
import { bearerToken, type Authenticator, type Caller } from '@renkei/service-kit';
import type { GraphQLContext } from '../graphql-caller';

/** Said alike of what does not exist and of what is not the subscriber's to see, so a refusal reveals nothing. */
export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`no ${what} ${id} that you may see`, { extensions: { code: 'NOT_FOUND' } });
}

/**
 * A socket lives for hours: before each push its key is checked again, so a revoked credential
 * stops receiving as soon as the member directory has read the revocation.
 */
export function stillSignedIn(authenticator: Authenticator, context: GraphQLContext, caller: Caller): boolean {
  const now = authenticator.authenticate(bearerToken(context.authorization));
  return now !== undefined && now.companyId === caller.companyId && now.role === caller.role;
}
