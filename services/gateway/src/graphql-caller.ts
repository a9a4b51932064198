import { GraphQLError } from 'graphql';
import type { Caller } from '@renkei/service-kit';
import type { AnswerTicket } from './answer-cache/answer-ticket';

export interface GraphQLContext {
  readonly caller: Caller | undefined;
  /** The raw Authorization header, passed on when a mutation forwards a command to its service. */
  readonly authorization?: string | undefined;
  /** Present when the answer may be cached: resolvers declare the orders they read on it. */
  readonly answer?: AnswerTicket | undefined;
}

/** Resolvers call this first: no caller, no data (fail-closed). */
export function requireCaller(context: GraphQLContext): Caller {
  if (!context.caller) {
    throw new GraphQLError('send Authorization: Bearer <your Renkei API key>', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  return context.caller;
}
