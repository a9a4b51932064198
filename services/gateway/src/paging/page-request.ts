import { checkPageSize } from '../limits/page-size';
import { badCursorError } from './list-cursor';

/** What a paginated resolver was asked for, checked: the page size, and the sort key of the row to go on after. */
export interface PageRequest<Key> {
  readonly first: number;
  readonly after: Key | null;
}

/**
 * Checks `first` (1 to 100, 20 when not given) and decodes `after` with the list's own decoder;
 * bad input is a BAD_USER_INPUT error naming the argument. An empty `after` is the first page,
 * as for customerOrders.
 */
export function pageRequest<Key>(first: number | null | undefined, after: string | null | undefined, decode: (cursor: string) => Key | null): PageRequest<Key> {
  const size = checkPageSize(first);
  if (after === null || after === undefined || after === '') return { first: size, after: null };
  const key = decode(after);
  if (key === null) throw badCursorError('after');
  return { first: size, after: key };
}
