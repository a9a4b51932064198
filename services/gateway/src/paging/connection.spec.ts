import { connectionOf, emptyConnection } from './connection';

const rows = ['a', 'b', 'c'];
const page = (read: string[], first: number) => connectionOf(read, first, (row) => `cursor-${row}`, (row) => row.toUpperCase());

describe('connectionOf', () => {
  it('hands out `first` rows and says another page follows when the query found one more', () => {
    expect(page(rows, 2)).toEqual({
      edges: [
        { cursor: 'cursor-a', node: 'A' },
        { cursor: 'cursor-b', node: 'B' },
      ],
      count: 2,
      pageInfo: { hasNextPage: true, endCursor: 'cursor-b' },
    });
  });

  it('ends the list on a page that is not full', () => {
    expect(page(rows, 3).pageInfo).toEqual({ hasNextPage: false, endCursor: 'cursor-c' });
  });

  it('has no end cursor on an empty page', () => {
    expect(page([], 3)).toEqual(emptyConnection());
    expect(emptyConnection()).toEqual({ edges: [], count: 0, pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
