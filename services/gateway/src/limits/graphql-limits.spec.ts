import { parse, validate } from 'graphql';
import { DEFAULT_GRAPHQL_LIMITS, queryLimitRules } from './graphql-limits';
import { limitsTestSchema } from './test-schema.fixtures';

const codesOf = (query: string, rules = queryLimitRules()) => validate(limitsTestSchema, parse(query), rules).map((error) => error.extensions?.['code']);

describe('GraphQL limits', () => {
  it('default to depth 15, cost 20000, lists of 10 and batches of 10', () => {
    expect(DEFAULT_GRAPHQL_LIMITS).toEqual({ maxDepth: 15, maxCost: 20000, defaultListSize: 10, maxBatchedOperations: 10 });
  });

  it('enforce both depth and cost by default', () => {
    expect(codesOf(`{ order(id: "1") { ${'parent { '.repeat(15)}id${' }'.repeat(15)} } }`)).toEqual(['QUERY_TOO_DEEP']);
    expect(codesOf('{ orders(first: 100) { lines { work(first: 50) { id } } } }')).toEqual(['QUERY_TOO_COSTLY']);
    expect(codesOf('{ orders(first: 20) { lines { work(first: 5) { id status } } } }')).toEqual([]);
  });

  it('take configured values', () => {
    const rules = queryLimitRules({ ...DEFAULT_GRAPHQL_LIMITS, maxCost: 50, defaultListSize: 2 });
    expect(codesOf('{ order(id: "1") { lines { work(first: 10) { id status } } } }', rules)).toEqual([]);
    expect(codesOf('{ orders(first: 10) { lines { id partNumber } } }', rules)).toEqual(['QUERY_TOO_COSTLY']);
  });
});
