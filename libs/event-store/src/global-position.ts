/**
 * A place in the global log. Both adapters order the log by a pair:
 * PostgreSQL by (transaction id, sequence), EventStoreDB by (commit, prepare).
 */
export interface GlobalPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** Before the first event of the log. */
export const START: GlobalPosition = Object.freeze({ commit: 0n, prepare: 0n });

export function comparePositions(a: GlobalPosition, b: GlobalPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** A cursor string for HTTP feeds, Kafka headers and checkpoints: `<commit>-<prepare>`. */
export function formatPosition(position: GlobalPosition): string {
  return `${position.commit}-${position.prepare}`;
}

const CURSOR = /^(\d{1,20})-(\d{1,20})$/;

export function parsePosition(cursor: string): GlobalPosition {
  const match = CURSOR.exec(cursor);
  if (!match) {
    throw new RangeError(`cursor "${cursor}" is not a log position: expected "<commit>-<prepare>", two non-negative integers`);
  }
  return { commit: BigInt(match[1] as string), prepare: BigInt(match[2] as string) };
}
