import {
  EventIdConflict,
  WrongExpectedRevision,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
} from '@renkei/event-store';

/** One row returned by the `append_to_stream` SQL function. */
export interface AppendRow {
  out_revision: string | null;
  out_tx_id: string | null;
  out_seq: string | null;
  out_outcome: 'appended' | 'replayed' | 'wrong_expected_revision' | 'event_id_conflict';
  out_actual: string | null;
}

export function expectationParameters(expected: ExpectedRevision): [kind: string, revision: string | null] {
  if (typeof expected === 'bigint') return ['exact', expected.toString()];
  return [expected, null];
}

/** Turns the function's rows into the port's answer or the port's error. */
export function interpretAppendRows(
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  rows: readonly AppendRow[],
): AppendResult {
  const first = rows[0];
  if (first === undefined) throw new Error(`append_to_stream returned no row for stream "${streamId}"`);
  switch (first.out_outcome) {
    case 'wrong_expected_revision':
      throw new WrongExpectedRevision(streamId, expected, first.out_actual === null ? 'no_stream' : BigInt(first.out_actual));
    case 'event_id_conflict':
      throw new EventIdConflict(streamId, events.map((event) => event.id));
    case 'appended':
    case 'replayed': {
      const last = rows[rows.length - 1] as AppendRow;
      return {
        nextExpectedRevision: BigInt(last.out_revision as string),
        positions: rows.map((row) => ({ commit: BigInt(row.out_tx_id as string), prepare: BigInt(row.out_seq as string) })),
        replayed: first.out_outcome === 'replayed',
      };
    }
  }
}
