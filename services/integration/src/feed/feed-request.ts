import { PROBLEM_BASE, ProblemException } from '@renkei/service-kit';
import { FEED_START, decodeFeedCursor, type FeedPosition } from './feed-cursor';

export const FEED_PAGE_DEFAULT = 100;
export const FEED_PAGE_MAX = 1000;

/** `after` and `limit` of a feed request, or a 400 naming the field, the rule and what is allowed. */
export function parseFeedRequest(query: { after?: string; limit?: string }, lastEventId: string | undefined): { after: FeedPosition; limit: number } {
  const errors: Array<{ field: string; rule: string; allowed: string }> = [];
  // An EventSource reconnecting sends the last id it saw; an explicit `after` wins.
  const cursor = query.after ?? lastEventId;
  const after = cursor === undefined || cursor === '' ? FEED_START : decodeFeedCursor(cursor);
  if (after === null) errors.push({ field: 'after', rule: 'must be a cursor this feed returned', allowed: 'the `cursor` of a page or of an event, or nothing to start at the beginning' });
  const limit = query.limit === undefined ? FEED_PAGE_DEFAULT : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > FEED_PAGE_MAX) errors.push({ field: 'limit', rule: `must be a whole number from 1 to ${FEED_PAGE_MAX}`, allowed: `1–${FEED_PAGE_MAX}, default ${FEED_PAGE_DEFAULT}` });
  if (errors.length > 0 || after === null) {
    throw new ProblemException({
      type: `${PROBLEM_BASE}invalid-input`,
      title: 'The feed request is not valid',
      status: 400,
      detail: errors.map((error) => `${error.field} ${error.rule}`).join('; '),
      code: 'FEED.INVALID_INPUT',
      errors,
    });
  }
  return { after, limit };
}
