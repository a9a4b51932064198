import { GraphQLError } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, checkPageSize } from './page-size';

describe('checkPageSize', () => {
  it('serves the default page of 20 when the query gives no size', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(checkPageSize(undefined)).toBe(20);
    expect(checkPageSize(null)).toBe(20);
  });

  it('serves any whole page from 1 to 100', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(checkPageSize(1)).toBe(1);
    expect(checkPageSize(100)).toBe(100);
  });

  it.each([0, -1, 101, 2.5, Number.NaN])('refuses %p as BAD_USER_INPUT naming the field, the rule and the allowed values', (first) => {
    let refusal: unknown;
    try {
      checkPageSize(first);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).message).toBe(`first must be a whole number between 1 and 100 (allowed: 1..100); got ${first}`);
    expect((refusal as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first', rule: 'between 1 and 100', allowed: '1..100' });
  });

  it('names the argument it was given', () => {
    expect(() => checkPageSize(500, 'lines')).toThrow(expect.objectContaining({ message: expect.stringMatching(/^lines must be/), extensions: expect.objectContaining({ field: 'lines' }) }));
  });
});
