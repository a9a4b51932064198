import { getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { depthLimit } from './depth-limit.rule';
import { limitsTestSchema } from './test-schema.fixtures';

const check = (query: string, maxDepth: number) => validate(limitsTestSchema, parse(query), [depthLimit(maxDepth)]);

/** `{ order(id: "1") { parent { parent { … id } } } }` with `levels` fields in all. */
const nested = (levels: number) => `{ order(id: "1") { ${'parent { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

describe('depthLimit', () => {
  it('lets a query as deep as the limit through', () => {
    expect(check(nested(12), 12)).toEqual([]);
  });

  it('refuses a deeper one, saying how deep it is and what the limit is', () => {
    const [error, ...others] = check(nested(14), 12);
    expect(others).toEqual([]);
    expect(error?.message).toBe('query depth 14 exceeds the limit of 12');
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 14, limit: 12 });
  });

  it('follows fragments and inline fragments to the fields they spread', () => {
    const query = `
      { node(id: "1") { ... on Order { parent { ...Up } } } }
      fragment Up on Order { parent { ... on Order { parent { id } } } }`;
    expect(check(query, 5)).toEqual([]);
    expect(check(query, 4).map((error) => error.extensions)).toEqual([{ code: 'QUERY_TOO_DEEP', depth: 5, limit: 4 }]);
  });

  it('measures each operation of a document on its own', () => {
    const errors = check(`query Shallow { ping } query Deep ${nested(6)}`, 5);
    expect(errors.map((error) => error.extensions?.['depth'])).toEqual([6]);
  });

  it('counts introspection fields like any other, so the standard introspection query (depth 15) is refused at 12', () => {
    expect(check('{ __schema { types { fields { type { ofType { name } } } } } }', 5).map((error) => error.message)).toEqual(['query depth 6 exceeds the limit of 5']);
    expect(check(getIntrospectionQuery(), 12).map((error) => error.extensions)).toEqual([{ code: 'QUERY_TOO_DEEP', depth: 15, limit: 12 }]);
    expect(check(getIntrospectionQuery(), 15)).toEqual([]);
  });

  it('ends on fragments that spread each other, leaving the cycle to graphql-js’s own rule', () => {
    const query = '{ order(id: "1") { ...A } } fragment A on Order { parent { ...B } } fragment B on Order { parent { ...A } }';
    const errors = validate(limitsTestSchema, parse(query), [...specifiedRules, depthLimit(12)]);
    expect(errors.map((error) => error.message)).toEqual(['Cannot spread fragment "A" within itself via "B".']);
  });

  it('measures a fragment once however often it is spread, so fan-out cannot stall validation', () => {
    // Seven levels of ten spreads each: 10^7 paths if every spread were walked again.
    const levels = Array.from({ length: 7 }, (_, level) => `fragment F${level} on Order { parent { ${Array.from({ length: 10 }, () => `...F${level + 1}`).join(' ')} } }`);
    const query = `{ order(id: "1") { ...F0 } } ${levels.join(' ')} fragment F7 on Order { id }`;
    const started = Date.now();
    expect(check(query, 12)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a limit that is not a whole number of at least 1 when configured', () => {
    expect(() => depthLimit(0)).toThrow(RangeError);
    expect(() => depthLimit(Number.NaN)).toThrow('maxDepth must be a whole number of at least 1; got NaN');
  });
});
