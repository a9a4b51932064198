/** One page of a list, as the GraphQL connection types (see ConnectionType) hand it out. */
export interface Connection<Node> {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: Node }>;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  /** Items on this page. */
  readonly count: number;
}

/**
 * The page of `rows`, which a query read with a limit of `first + 1`: the extra row, when there is
 * one, only tells that another page follows. Each row's cursor is its own sort key.
 */
export function connectionOf<Row, Node>(rows: readonly Row[], first: number, cursorOf: (row: Row) => string, nodeOf: (row: Row) => Node): Connection<Node> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: nodeOf(row) }));
  return { edges, count: edges.length, pageInfo: { hasNextPage: rows.length > first, endCursor: edges[edges.length - 1]?.cursor ?? null } };
}

/** The answer to a caller whose role has no such list. */
export function emptyConnection<Node>(): Connection<Node> {
  return { edges: [], count: 0, pageInfo: { hasNextPage: false, endCursor: null } };
}
