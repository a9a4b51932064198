import { GraphQLError } from 'graphql';

/** The largest page a paginated field serves; the cost limit counts `first: $variable` as this. */
export const MAX_PAGE_SIZE = 100;

/** The page a paginated field serves when the query does not say `first`. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * The page size a paginated resolver should use: the default when the query gave none, the value
 * when it is a whole number from 1 to MAX_PAGE_SIZE, and otherwise a BAD_USER_INPUT error that
 * names the argument, as the REST endpoints name a bad field (its rule and the allowed values).
 */
export function checkPageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE) return first;
  const rule = `between 1 and ${MAX_PAGE_SIZE}`;
  const allowed = `1..${MAX_PAGE_SIZE}`;
  throw new GraphQLError(`${field} must be a whole number ${rule} (allowed: ${allowed}); got ${first}`, {
    extensions: { code: 'BAD_USER_INPUT', field, rule, allowed },
  });
}
