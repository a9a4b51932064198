import { GraphQLError } from 'graphql';
import { pageRequest } from './page-request';

const decode = (cursor: string) => (cursor === 'good' ? { id: 'X' } : null);

describe('pageRequest', () => {
  it('asks for the first page of 20 when given nothing, or an empty cursor', () => {
    expect(pageRequest(null, null, decode)).toEqual({ first: 20, after: null });
    expect(pageRequest(undefined, '', decode)).toEqual({ first: 20, after: null });
  });

  it('goes on after the row the cursor names', () => {
    expect(pageRequest(5, 'good', decode)).toEqual({ first: 5, after: { id: 'X' } });
  });

  it('refuses a cursor the list does not know, naming `after`', () => {
    expect(() => pageRequest(5, 'forged', decode)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
  });

  it('refuses a page size out of range, naming `first`, before looking at the cursor', () => {
    let refusal: unknown;
    try {
      pageRequest(0, 'forged', decode);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', allowed: '1..100' });
  });
});
