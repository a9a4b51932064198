import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../graphql-caller';
import { isCacheableOperation } from './cacheable-operation';

/** Decides, per request holding an answer ticket, whether its answer may be kept: a cacheable query that completed without errors. */
export function answerCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: async ({ contextValue }) => {
      const ticket = contextValue.answer;
      if (ticket === undefined) return;
      return {
        didResolveOperation: async ({ operation, document }) => {
          if (operation === undefined || !isCacheableOperation(operation, document)) ticket.refuse();
        },
        willSendResponse: async ({ response }) => {
          if (response.body.kind === 'single' && response.body.singleResult.errors === undefined) ticket.complete();
          else ticket.refuse();
        },
      };
    },
  };
}
