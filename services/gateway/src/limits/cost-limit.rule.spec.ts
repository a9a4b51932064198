import { parse, specifiedRules, validate } from 'graphql';
import { costLimit } from './cost-limit.rule';
import { limitsTestSchema } from './test-schema.fixtures';

/** The cost the rule computes for `query`, read back from its refusal at a limit of 1 (1 when it costs no more than that). */
const costOf = (query: string): number => {
  const [error] = validate(limitsTestSchema, parse(query), [costLimit({ maxCost: 1, defaultListSize: 10 })]);
  return (error?.extensions?.['cost'] as number | undefined) ?? 1;
};

describe('costLimit', () => {
  it('costs each field 1, and an object field 1 plus its fields', () => {
    expect(costOf('{ ping order(id: "1") { id customer __typename } }')).toBe(1 + 4);
  });

  it('multiplies the sub-selection of a list field without `first` by defaultListSize', () => {
    expect(costOf('{ order(id: "1") { lines { id partNumber } } }')).toBe(1 + (1 + 2 * 10));
  });

  it('counts a list of scalars as one field: nothing below it to multiply', () => {
    expect(costOf('{ order(id: "1") { tags } }')).toBe(2);
  });

  it('multiplies a paginated field by its literal `first`, or the default page of 20 without one', () => {
    expect(costOf('{ orders(first: 5) { id } }')).toBe(1 + 5);
    expect(costOf('{ orders { id } }')).toBe(1 + 20);
    expect(costOf('{ orders(first: null) { id } }')).toBe(1 + 20);
  });

  it('counts `first: $variable` as the largest page, as validation does not see variables', () => {
    expect(costOf('query Page($n: Int = 2) { orders(first: $n) { id } }')).toBe(1 + 100);
  });

  it('counts a literal page beyond the largest as the largest, leaving its refusal to checkPageSize', () => {
    expect(costOf('{ orders(first: 1000) { id } }')).toBe(1 + 100);
    expect(costOf('{ orders(first: -5) { id } }')).toBe(1 + 1);
  });

  it('counts a connection once and multiplies its edges by the page size, not by the page size times defaultListSize', () => {
    expect(costOf('{ orderPage(first: 5) { count edges { cursor node { id } } pageInfo { hasNextPage } } }')).toBe(1 + (1 + (1 + 5 * (1 + (1 + 1))) + (1 + 1)));
    expect(costOf('{ orderPage { edges { node { id } } } }')).toBe(1 + (1 + 20 * (1 + 1)));
    expect(costOf('query Page($n: Int) { orderPage(first: $n) { edges { node { id } } } }')).toBe(1 + (1 + 100 * (1 + 1)));
  });

  it('still multiplies lists below a connection’s nodes by defaultListSize', () => {
    expect(costOf('{ orderPage(first: 2) { edges { node { lines { id } } } } }')).toBe(1 + (1 + 2 * (1 + (1 + 10 * 1))));
  });

  it('costs a fragment spread inside a connection with the connection’s page size, and elsewhere with the default', () => {
    const query = '{ orderPage(first: 3) { ...Page } order(id: "1") { lines { id } } } fragment Page on OrderConnection { edges { node { id } } }';
    expect(costOf(query)).toBe(1 + (1 + 3 * (1 + 1)) + (1 + (1 + 10 * 1)));
  });

  it('follows fragments and inline fragments with their own type', () => {
    const query = '{ node(id: "1") { ... on Order { lines { ...L } } } } fragment L on Line { id work(first: 3) { id status } }';
    expect(costOf(query)).toBe(1 + (1 + 10 * (1 + (1 + 3 * 2))));
  });

  it('refuses a nested query over the limit, saying what it costs and what the limit is', () => {
    const query = '{ orders(first: 100) { lines { work(first: 50) { id status } } } }';
    const [error, ...others] = validate(limitsTestSchema, parse(query), [costLimit({ maxCost: 20000, defaultListSize: 10 })]);
    expect(others).toEqual([]);
    expect(error?.message).toBe('query cost 101101 exceeds the limit of 20000');
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COSTLY', cost: 101101, limit: 20000 });
  });

  it('lets a query costing exactly the limit through', () => {
    expect(validate(limitsTestSchema, parse('{ orders(first: 5) { id } }'), [costLimit({ maxCost: 6, defaultListSize: 10 })])).toEqual([]);
  });

  it('honours a configured maxPageSize for variables', () => {
    const [error] = validate(limitsTestSchema, parse('query Page($n: Int) { orders(first: $n) { id } }'), [costLimit({ maxCost: 1, defaultListSize: 10, maxPageSize: 50 })]);
    expect(error?.extensions?.['cost']).toBe(51);
  });

  it('ends on fragments that spread each other, leaving the cycle to graphql-js’s own rule', () => {
    const query = '{ order(id: "1") { ...A } } fragment A on Order { parent { ...B } } fragment B on Order { lines { order { ...A } } }';
    const errors = validate(limitsTestSchema, parse(query), [...specifiedRules, costLimit({ maxCost: 20000, defaultListSize: 10 })]);
    expect(errors.map((error) => error.message)).toEqual(['Cannot spread fragment "A" within itself via "B".']);
  });

  it('refuses settings that are not whole numbers of at least 1 when configured', () => {
    expect(() => costLimit({ maxCost: 0, defaultListSize: 10 })).toThrow('maxCost must be a whole number of at least 1; got 0');
    expect(() => costLimit({ maxCost: 100, defaultListSize: 2.5 })).toThrow(RangeError);
  });
});
