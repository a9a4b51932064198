import type { Migration } from './migration';

/**
 * The event log. Global order is (tx_id, seq): a reader only reads rows whose
 * transaction id is below the oldest transaction still running (the snapshot's
 * xmin), so a transaction that commits late can never appear before a position
 * someone has already read past. A stream's revision is its highest event
 * revision (the unique index answers it in one probe); appends to one stream are
 * serialised by an advisory lock in the append function.
 */
export const eventLog: Migration = {
  version: 1,
  name: 'event-log',
  sql: `
CREATE TABLE __SCHEMA__.events (
  seq         bigint GENERATED ALWAYS AS IDENTITY,
  tx_id       xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event_id    uuid NOT NULL,
  stream_id   text NOT NULL,
  revision    bigint NOT NULL,
  type        text NOT NULL,
  data        jsonb NOT NULL,
  metadata    jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tx_id, seq),
  CONSTRAINT events_event_id_unique UNIQUE (event_id),
  CONSTRAINT events_stream_revision_unique UNIQUE (stream_id, revision)
);

CREATE TABLE __SCHEMA__.subscription_checkpoints (
  name        text PRIMARY KEY,
  tx_id       xid8 NOT NULL,
  seq         bigint NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
`,
};
