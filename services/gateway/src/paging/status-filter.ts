import { GraphQLError } from 'graphql';

/**
 * The statuses a list is filtered on: null when the query named none (the list's default applies),
 * else the ones named, each one of `allowed`. An unknown status, or an empty list, is a
 * BAD_USER_INPUT error naming the argument, its rule and the allowed values, so a typo never
 * reads as "nothing there".
 */
export function checkStatuses(statuses: readonly string[] | null | undefined, allowed: readonly string[], field: string): readonly string[] | null {
  if (statuses === null || statuses === undefined) return null;
  const unknown = statuses.filter((status) => !allowed.includes(status));
  if (statuses.length > 0 && unknown.length === 0) return [...new Set(statuses)];
  const allowedText = allowed.join(', ');
  const rule = 'one or more of the listed statuses';
  const problem = statuses.length === 0 ? 'is empty' : `has ${unknown.map((status) => JSON.stringify(status)).join(', ')}`;
  throw new GraphQLError(`${field} must list one or more of ${allowedText}; it ${problem} (leave it out for the default)`, {
    extensions: { code: 'BAD_USER_INPUT', field, rule, allowed: allowedText },
  });
}
