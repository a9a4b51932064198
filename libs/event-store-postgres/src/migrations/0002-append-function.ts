import type { Migration } from './migration';

/**
 * One append is one round trip: the function checks idempotency and the expected
 * revision and writes the events. It returns one row per event, or one row
 * whose outcome names the refusal. It takes the stream's advisory lock before
 * anything writes, so the transaction id (the global order) is assigned only
 * after the previous append to the same stream has committed: revision order
 * and global order never disagree within a stream.
 */
export const appendFunction: Migration = {
  version: 2,
  name: 'append-function',
  sql: `
CREATE FUNCTION __SCHEMA__.append_to_stream(
  p_stream text, p_expected_kind text, p_expected bigint, p_events jsonb
) RETURNS TABLE (out_revision bigint, out_tx_id text, out_seq bigint, out_outcome text, out_actual bigint)
LANGUAGE plpgsql
-- Every lookup here is a point lookup on a unique index. PL/pgSQL caches its plans;
-- planned while the table is young, a lookup could be cached as a sequential scan
-- and stay one as the log grows. Sequential scans are never right here.
SET enable_seqscan = off
AS $fn$
#variable_conflict use_column
DECLARE
  v_count   int := jsonb_array_length(p_events);
  v_ids     uuid[];
  v_stored  int;
  v_in_this_stream int;
  v_current bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('__SCHEMA__/' || p_stream, 0));

  SELECT array_agg((e->>'id')::uuid) INTO v_ids FROM jsonb_array_elements(p_events) AS e;
  IF EXISTS (SELECT 1 FROM __SCHEMA__.events WHERE event_id = ANY (v_ids)) THEN
    SELECT count(*), count(*) FILTER (WHERE stream_id = p_stream)
      INTO v_stored, v_in_this_stream
      FROM __SCHEMA__.events WHERE event_id = ANY (v_ids);
    IF v_stored = v_count AND v_in_this_stream = v_count THEN
      -- A retry of an append that already happened: answer as the first time.
      RETURN QUERY SELECT revision, tx_id::text, seq, 'replayed'::text, NULL::bigint
        FROM __SCHEMA__.events WHERE event_id = ANY (v_ids) ORDER BY revision;
    ELSE
      RETURN QUERY SELECT NULL::bigint, NULL::text, NULL::bigint, 'event_id_conflict'::text, NULL::bigint;
    END IF;
    RETURN;
  END IF;

  -- Safe without a row lock: the advisory lock above serialises appends to this stream.
  SELECT revision INTO v_current FROM __SCHEMA__.events WHERE stream_id = p_stream ORDER BY revision DESC LIMIT 1;

  IF (p_expected_kind = 'no_stream' AND v_current IS NOT NULL)
     OR (p_expected_kind = 'stream_exists' AND v_current IS NULL)
     OR (p_expected_kind = 'exact' AND v_current IS DISTINCT FROM p_expected) THEN
    RETURN QUERY SELECT NULL::bigint, NULL::text, NULL::bigint, 'wrong_expected_revision'::text, v_current;
    RETURN;
  END IF;

  RETURN QUERY
    WITH inserted AS (
      INSERT INTO __SCHEMA__.events (event_id, stream_id, revision, type, data, metadata)
      SELECT (e->>'id')::uuid, p_stream, coalesce(v_current, -1) + ord, e->>'type', e->'data',
             coalesce(e->'metadata', '{}'::jsonb)
        FROM jsonb_array_elements(p_events) WITH ORDINALITY AS t(e, ord)
      RETURNING revision, tx_id, seq
    )
    SELECT revision, tx_id::text, seq, 'appended'::text, NULL::bigint FROM inserted ORDER BY revision;
END
$fn$;
`,
};
