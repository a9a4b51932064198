/**
 * A feed cursor: the log position of the last event a reader has, opaque to the reader (base64url
 * of "<commit>-<prepare>"). Positions only grow in the order copies are committed, so "after the
 * cursor" misses nothing and repeats nothing.
 */
export interface FeedPosition {
  readonly commit: string;
  readonly prepare: string;
}

export const FEED_START: FeedPosition = { commit: '0', prepare: '0' };

export function encodeFeedCursor(position: FeedPosition): string {
  return Buffer.from(`${position.commit}-${position.prepare}`, 'utf8').toString('base64url');
}

/** The position a cursor names, or null when it is not one this API handed out. */
export function decodeFeedCursor(cursor: string): FeedPosition | null {
  const match = /^(\d{1,19})-(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match === null ? null : { commit: match[1] as string, prepare: match[2] as string };
}
