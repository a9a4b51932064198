import { GraphQLError } from 'graphql';

/** One value of a row's sort key, as a cursor holds it. */
export type CursorValue = string | number | null;

/**
 * An opaque cursor: the name of the list it belongs to, then the sort key of the row it follows
 * (keyset paging: a page never skips or repeats a row, whatever was added since).
 */
export function encodeListCursor(list: string, key: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([list, ...key])).toString('base64url');
}

/** The sort key a cursor of `list` holds; null when the text is not one (made up, damaged, or another list's). */
export function decodeListCursor(list: string, cursor: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) && parsed[0] === list ? parsed.slice(1) : null;
  } catch {
    return null;
  }
}

/** The refusal of an `after` that is not a cursor this API gave out for the list asked. */
export function badCursorError(field = 'after'): GraphQLError {
  return new GraphQLError(`${field} must be an endCursor this API returned`, {
    extensions: { code: 'BAD_USER_INPUT', field, rule: 'a cursor from pageInfo.endCursor', allowed: 'pageInfo.endCursor of the previous page' },
  });
}

/** A date-time as PostgreSQL wrote it into a row (what a timestamp sort key is compared with). */
export const isTimestamp = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** YYYY-MM-DD */
export const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

export const isText = (value: unknown): value is string => typeof value === 'string';

export const isWholeNumber = (value: unknown): value is number => Number.isSafeInteger(value);
