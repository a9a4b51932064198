import { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { DEFAULT_GRAPHQL_LIMITS, queryLimitRules } from './graphql-limits';
import { limitRefusal } from './limit-error';
import { checkPageSize } from './page-size';
import { limitsTestSchema } from './test-schema.fixtures';

/** The first error Apollo Server answers `query` with, its formatError keeping our refusals whole (as the gateway should). */
async function firstError(query: string, keepRefusals = true): Promise<GraphQLFormattedError | undefined> {
  const server = new ApolloServer({
    schema: limitsTestSchema,
    rootValue: { orders: ({ first }: { first?: number | null }) => Array.from({ length: checkPageSize(first) }, (_, index) => ({ id: String(index) })) },
    validationRules: queryLimitRules(DEFAULT_GRAPHQL_LIMITS),
    formatError: (formatted, error) => (keepRefusals ? limitRefusal(formatted, error) : undefined) ?? { message: formatted.message, extensions: { code: formatted.extensions?.['code'] } },
  });
  await server.start(); // in memory: executeOperation opens no socket
  try {
    const response = await server.executeOperation({ query });
    return response.body.kind === 'single' ? response.body.singleResult.errors?.[0] : undefined;
  } finally {
    await server.stop();
  }
}

describe('limitRefusal through Apollo Server', () => {
  const tooDeep = `{ order(id: "1") { ${'parent { '.repeat(15)}id${' }'.repeat(15)} } }`;

  it('is needed: Apollo relabels a validation rule’s error GRAPHQL_VALIDATION_FAILED', async () => {
    expect((await firstError(tooDeep, false))?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('gives the client the depth refusal with its code, depth and limit', async () => {
    expect(await firstError(tooDeep)).toEqual({
      message: 'query depth 17 exceeds the limit of 15',
      locations: [{ line: 1, column: 1 }],
      extensions: { code: 'QUERY_TOO_DEEP', depth: 17, limit: 15 },
    });
  });

  it('gives the client the cost refusal with its code, cost and limit', async () => {
    expect((await firstError('{ orders(first: 100) { lines { work(first: 50) { id } } } }'))?.extensions).toEqual({ code: 'QUERY_TOO_COSTLY', cost: 51101, limit: 20000 });
  });

  it('gives the client a page size refusal with the field, the rule and the allowed values', async () => {
    expect(await firstError('{ orders(first: 500) { id } }')).toEqual({
      message: 'first must be a whole number between 1 and 100 (allowed: 1..100); got 500',
      locations: [{ line: 1, column: 3 }],
      path: ['orders'],
      extensions: { code: 'BAD_USER_INPUT', field: 'first', rule: 'between 1 and 100', allowed: '1..100' },
    });
  });

  it('leaves every other error to the gateway’s own formatting', () => {
    expect(limitRefusal({ message: 'relation "x" does not exist' }, new Error('relation "x" does not exist'))).toBeUndefined();
    expect(limitRefusal({ message: 'boom' }, undefined)).toBeUndefined();
  });
});
