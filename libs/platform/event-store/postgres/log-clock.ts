import type { PoolClient } from 'pg';

/**
 * The log clock: what keeps the global log's order across a backup restored into a new
 * server (see the README, "Event store").
 *
 * Readers order the log by (transaction_id, global_position) and stop below the oldest
 * transaction still open. transaction_id defaults to the writing transaction's id — but
 * a new server (pg_dump/pg_restore, a logical copy) numbers its transactions from the
 * start again: new events would get ids BELOW the restored ones, sort before the
 * projectors' checkpoints and be skipped, and the restored rows would look "still open"
 * to readers until the new server's counter passed them.
 *
 * So transaction_id is the ordering key: the writing transaction's id plus an offset,
 * the clock. It is 0 on the server a log was born on (the key IS the transaction id).
 * At every start, under the migration lock, the store compares the highest key in the
 * log with the key a new transaction would get; a restored log is ahead of it, and the
 * clock then moves on: a new epoch whose offset puts new keys above every restored one
 * (plus a margin for transactions older than the check that have yet to write). It is a
 * number in a table and a constant in the column's default, set in one transaction; no
 * transaction ids are burnt, however long the log. Readers stop below `event_log_horizon()`,
 * the oldest open transaction in key terms. Rows written before the move are committed
 * (a dump holds committed rows only) and all lie below it.
 */
export const LOG_CLOCK_MIGRATION = {
  id: '006_log_clock_survives_restore',
  sql: `
CREATE TABLE event_log_clock (
  epoch integer PRIMARY KEY,
  -- Ordering key = the writing transaction's id + xid_offset, for events from from_position on.
  xid_offset bigint NOT NULL CHECK (xid_offset >= 0),
  from_position bigint NOT NULL,
  -- What the check saw when it moved the clock: the log's highest key, and the server's transaction id.
  restored_max_key xid8,
  server_xid xid8,
  moved_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO event_log_clock (epoch, xid_offset, from_position) VALUES (0, 0, 1);

-- Readers of the log stop below this key: rows at or above it may belong to a transaction
-- that is still open (and may commit with a lower key than rows already visible).
CREATE FUNCTION event_log_horizon() RETURNS xid8 LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT (pg_snapshot_xmin(pg_current_snapshot())::text::bigint
          + (SELECT c.xid_offset FROM event_log_clock c ORDER BY c.epoch DESC LIMIT 1))::text::xid8
$$;

-- The start-up check. Returns the new epoch when it moved the clock, NULL when the log's
-- keys are still below those new transactions get (every start but the first after a restore).
CREATE FUNCTION event_log_advance_clock(p_margin bigint DEFAULT 1000000) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_max bigint;
  v_now bigint := pg_current_xact_id()::text::bigint;
  v_epoch integer;
  v_offset bigint;
BEGIN
  SELECT max(e.transaction_id)::text::bigint INTO v_max FROM events e;
  SELECT c.epoch, c.xid_offset INTO v_epoch, v_offset FROM event_log_clock c ORDER BY c.epoch DESC LIMIT 1;
  IF v_max IS NULL OR v_max < v_now + v_offset THEN
    RETURN NULL;
  END IF;
  -- New keys start p_margin above the restored log's highest.
  v_offset := v_max - v_now + p_margin;
  LOCK TABLE events IN ACCESS EXCLUSIVE MODE;
  EXECUTE format(
    'ALTER TABLE events ALTER COLUMN transaction_id SET DEFAULT ((pg_current_xact_id()::text::bigint + %s)::text::xid8)',
    v_offset);
  INSERT INTO event_log_clock (epoch, xid_offset, from_position, restored_max_key, server_xid)
    VALUES (v_epoch + 1, v_offset, (SELECT coalesce(max(e.global_position), 0) + 1 FROM events e),
            v_max::text::xid8, v_now::text::xid8);
  RETURN v_epoch + 1;
END $$;
`,
};

/**
 * Runs the start-up check in the migration's transaction (under its lock). Returns a
 * line for the migration report when it moved the clock.
 */
export async function advanceLogClock(client: PoolClient): Promise<string | undefined> {
  const { rows } = await client.query<{ epoch: number | null }>('SELECT event_log_advance_clock() AS epoch');
  const epoch = rows[0]?.epoch;
  if (epoch === null || epoch === undefined) return undefined;
  const { rows: clock } = await client.query<{ xid_offset: string; restored_max_key: string; server_xid: string }>(
    'SELECT xid_offset::text, restored_max_key::text, server_xid::text FROM event_log_clock WHERE epoch = $1',
    [epoch],
  );
  const c = clock[0];
  return `event log clock: epoch ${epoch} (a restored log: its keys reach ${c.restored_max_key}, this server's transactions are at ${c.server_xid}; new keys = transaction id + ${c.xid_offset})`;
}
