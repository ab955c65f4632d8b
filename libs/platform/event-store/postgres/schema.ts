import type { Pool, PoolClient } from 'pg';
import { advanceLogClock, LOG_CLOCK_MIGRATION } from './log-clock';

/**
 * The event store's schema, as ordered migrations. It belongs to the adapter (not
 * to TypeORM) so that the store, the CLI and the benchmarks need nothing else.
 * Applied under an advisory lock, so replicas starting together apply each once.
 */
/** append_events' signature, the same in every version (callers in SQL rely on it). */
const APPEND_EVENTS_HEAD = `append_events(
  p_stream text, p_mode text, p_expected bigint,
  p_ids uuid[], p_types text[], p_schema integer[], p_data jsonb[], p_metadata jsonb[]
) RETURNS TABLE (next_version bigint, first_position bigint, last_position bigint,
                 conflict_actual bigint, duplicate boolean)
LANGUAGE plpgsql AS $$
DECLARE
  n integer := cardinality(p_ids);
`;

/**
 * The first append_events (with the `streams` table), as migrations 001-003 wrote it: they differ
 * only in how they look for ids already stored (`idCheck`, and again after a lost race: `retryCheck`).
 */
function appendWithStreamsTable(create: string, idCheck: string, retryCheck: string): string {
  return `${create} ${APPEND_EVENTS_HEAD}  v_next bigint;
BEGIN
${idCheck}  IF next_version IS NOT NULL THEN
    duplicate := true; RETURN NEXT; RETURN;
  END IF;

  IF p_mode = 'exact' AND p_expected = 0 THEN
    INSERT INTO streams AS s VALUES (p_stream, n) ON CONFLICT DO NOTHING RETURNING s.version INTO v_next;
  ELSIF p_mode = 'exact' THEN
    UPDATE streams s SET version = s.version + n
      WHERE s.stream_id = p_stream AND s.version = p_expected RETURNING s.version INTO v_next;
  ELSIF p_mode = 'stream-exists' THEN
    UPDATE streams s SET version = s.version + n WHERE s.stream_id = p_stream RETURNING s.version INTO v_next;
  ELSE
    INSERT INTO streams AS s VALUES (p_stream, n)
      ON CONFLICT (stream_id) DO UPDATE SET version = s.version + n RETURNING s.version INTO v_next;
  END IF;

  IF v_next IS NULL THEN
    -- A concurrent identical retry may have just committed: that is success, not a conflict.
${retryCheck}    IF next_version IS NOT NULL THEN
      duplicate := true; RETURN NEXT; RETURN;
    END IF;
    SELECT coalesce(max(s.version), 0) INTO conflict_actual FROM streams s WHERE s.stream_id = p_stream;
    RETURN NEXT; RETURN;
  END IF;

  WITH inserted AS (
    INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata)
      SELECT p_stream, v_next - n + t.ord, t.id, t.type, t.schema, t.data, t.metadata
        FROM unnest(p_ids, p_types, p_schema, p_data, p_metadata)
             WITH ORDINALITY AS t(id, type, schema, data, metadata, ord)
      ORDER BY t.ord
      RETURNING global_position)
  SELECT min(i.global_position), max(i.global_position) INTO first_position, last_position FROM inserted i;
  next_version := v_next;
  duplicate := false;
  RETURN NEXT;
END $$;
`;
}

const ID_CHECK_ANY = `  SELECT max(e.stream_version), min(e.global_position), max(e.global_position)
    INTO next_version, first_position, last_position
    FROM events e WHERE e.event_id = ANY (p_ids) AND e.stream_id = p_stream;
`;
const RETRY_CHECK_ANY = `    SELECT max(e.stream_version), min(e.global_position), max(e.global_position)
      INTO next_version, first_position, last_position
      FROM events e WHERE e.event_id = ANY (p_ids) AND e.stream_id = p_stream;
`;
const RETRY_CHECK_FILTERED = `    SELECT max(e.stream_version) FILTER (WHERE e.stream_id = p_stream),
           min(e.global_position) FILTER (WHERE e.stream_id = p_stream),
           max(e.global_position) FILTER (WHERE e.stream_id = p_stream)
      INTO next_version, first_position, last_position
      FROM events e WHERE e.event_id = ANY (p_ids);
`;

const MIGRATIONS: { id: string; sql: string }[] = [
  {
    id: '001_events',
    sql: `
CREATE TABLE streams (
  stream_id text PRIMARY KEY,
  version bigint NOT NULL CHECK (version >= 0)
);

CREATE TABLE events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The writing transaction: readers of the global log order by it (see readAll).
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_id text NOT NULL,
  stream_version bigint NOT NULL CHECK (stream_version >= 1),
  event_id uuid NOT NULL UNIQUE,
  event_type text NOT NULL,
  schema_version integer NOT NULL DEFAULT 1,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  -- Milliseconds, as JavaScript dates carry: an "as at" a recorded moment is then exact.
  recorded_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  UNIQUE (stream_id, stream_version)
);
CREATE INDEX events_commit_order ON events (transaction_id, global_position);

-- Events are facts: the database itself refuses to change or remove them.
CREATE FUNCTION events_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are immutable: % refused on %', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER events_no_update_delete BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_are_immutable();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION events_are_immutable();

-- One round trip per append: idempotency check, version check, insert.
-- Returns conflict_actual >= 0 when the expected version does not hold.
${appendWithStreamsTable('CREATE FUNCTION', ID_CHECK_ANY, RETRY_CHECK_ANY)}`,
  },
  {
    // Performance, same behaviour: for a one-event append (the common case) the
    // idempotency check compares one id with `=`. With `= ANY (p_ids)` PostgreSQL's
    // plan cache estimated the generic plan for 10 array elements, always found the
    // one-element custom plan cheaper and so re-planned the query on every call
    // (~0.08 ms, a third of the append's server time; see bench/README.md).
    id: '002_append_events_single_id_check',
    sql: `
${appendWithStreamsTable(
  'CREATE OR REPLACE FUNCTION',
  `  IF n = 1 THEN
    SELECT e.stream_version, e.global_position, e.global_position
      INTO next_version, first_position, last_position
      FROM events e WHERE e.event_id = p_ids[1] AND e.stream_id = p_stream;
  ELSE
    SELECT max(e.stream_version), min(e.global_position), max(e.global_position)
      INTO next_version, first_position, last_position
      FROM events e WHERE e.event_id = ANY (p_ids) AND e.stream_id = p_stream;
  END IF;
`,
  RETRY_CHECK_ANY,
)}`,
  },
  {
    // Performance only; same results. The idempotency checks look ids up by the
    // event_id index alone and keep this stream's rows with FILTER. With
    // `event_id … AND stream_id = p_stream` the planner could pick the
    // (stream_id, stream_version) index instead and read every event of the stream
    // on each append (seen once its statistics said a stream holds ~1 event).
    id: '003_append_events_check_by_event_id',
    sql: `
${appendWithStreamsTable(
  'CREATE OR REPLACE FUNCTION',
  `  IF n = 1 THEN
    SELECT max(e.stream_version) FILTER (WHERE e.stream_id = p_stream),
           min(e.global_position) FILTER (WHERE e.stream_id = p_stream),
           max(e.global_position) FILTER (WHERE e.stream_id = p_stream)
      INTO next_version, first_position, last_position
      FROM events e WHERE e.event_id = p_ids[1];
  ELSE
    SELECT max(e.stream_version) FILTER (WHERE e.stream_id = p_stream),
           min(e.global_position) FILTER (WHERE e.stream_id = p_stream),
           max(e.global_position) FILTER (WHERE e.stream_id = p_stream)
      INTO next_version, first_position, last_position
      FROM events e WHERE e.event_id = ANY (p_ids);
  END IF;
`,
  RETRY_CHECK_FILTERED,
)}`,
  },
  {
    // The append without the `streams` table and without PL/pgSQL (see
    // postgres-event-store.ts and bench/README.md). The UNIQUE (stream_id, stream_version)
    // key is the optimistic-concurrency guard: an append writes versions current+1 …
    // current+n, so two writers that saw the same version collide on that key and one
    // of them gets a unique violation, whatever the mode. `streams` only repeated
    // max(stream_version) of each stream; it is dropped once checked against the events
    // (a disagreement stops the migration, in its transaction, and changes nothing).
    // `append_events` stays, with the same signature and results, for callers that
    // append in SQL in a transaction of their own (tests hold one open that way).
    id: '004_append_without_streams_table',
    sql: `
DO $$
DECLARE
  v_stream text;
BEGIN
  IF to_regclass('streams') IS NOT NULL THEN
    SELECT s.stream_id INTO v_stream
      FROM streams s
      LEFT JOIN (SELECT e.stream_id, max(e.stream_version) AS version FROM events e GROUP BY e.stream_id) e
             USING (stream_id)
     WHERE s.version <> coalesce(e.version, 0)
     LIMIT 1;
    IF v_stream IS NOT NULL THEN
      RAISE EXCEPTION 'streams.version of % disagrees with its events: not dropping the streams table', v_stream;
    END IF;
    DROP TABLE streams;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION ${APPEND_EVENTS_HEAD}  v_current bigint;
  v_constraint text;
BEGIN
  FOR attempt IN 1..100 LOOP
    -- Idempotent retry: an id of the batch is stored on this stream already.
    SELECT max(e.stream_version) FILTER (WHERE e.stream_id = p_stream),
           min(e.global_position) FILTER (WHERE e.stream_id = p_stream),
           max(e.global_position) FILTER (WHERE e.stream_id = p_stream)
      INTO next_version, first_position, last_position
      FROM events e WHERE e.event_id = ANY (p_ids);
    IF next_version IS NOT NULL THEN
      duplicate := true; RETURN NEXT; RETURN;
    END IF;

    SELECT coalesce(max(e.stream_version), 0) INTO v_current FROM events e WHERE e.stream_id = p_stream;
    IF (p_mode = 'exact' AND v_current <> p_expected) OR (p_mode = 'stream-exists' AND v_current = 0) THEN
      conflict_actual := v_current; RETURN NEXT; RETURN;
    END IF;

    BEGIN
      WITH inserted AS (
        INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata)
          SELECT p_stream, v_current + t.ord, t.id, t.type, t.schema, t.data, t.metadata
            FROM unnest(p_ids, p_types, p_schema, p_data, p_metadata)
                 WITH ORDINALITY AS t(id, type, schema, data, metadata, ord)
          ORDER BY t.ord
          RETURNING global_position)
      SELECT min(i.global_position), max(i.global_position) INTO first_position, last_position FROM inserted i;
      next_version := v_current + n;
      duplicate := false;
      RETURN NEXT; RETURN;
    EXCEPTION WHEN unique_violation THEN
      -- Another writer took these versions, or stored these ids: look again. An id
      -- stored on another stream (or twice in the batch) is the caller's error.
      GET STACKED DIAGNOSTICS v_constraint = CONSTRAINT_NAME;
      IF v_constraint <> 'events_stream_id_stream_version_key'
         AND NOT EXISTS (SELECT FROM events e WHERE e.event_id = ANY (p_ids) AND e.stream_id = p_stream) THEN
        RAISE;
      END IF;
    END;
  END LOOP;
  RAISE EXCEPTION 'append to % kept colliding with concurrent appends', p_stream
    USING ERRCODE = 'serialization_failure';
END $$;
`,
  },
  {
    // Performance, same guarantee: the database still refuses a stream version
    // below 1, through a domain instead of a table CHECK. PostgreSQL re-reads and
    // re-plans a table's CHECK expressions on every INSERT statement (stringToNode
    // and expression planning per execution, ~5–10 µs of server CPU an append, see
    // bench/README.md); a domain's check is planned once and cached. The column
    // keeps its storage (no rewrite: the domain is over bigint and gets its check
    // only after the column changed type); every existing row was held to the same
    // rule by the CHECK, and VALIDATE proves it again.
    id: '005_stream_version_domain',
    sql: `
CREATE DOMAIN event_stream_version AS bigint;
ALTER TABLE events DROP CONSTRAINT IF EXISTS events_stream_version_check;
ALTER TABLE events ALTER COLUMN stream_version TYPE event_stream_version;
ALTER DOMAIN event_stream_version ADD CONSTRAINT event_stream_version_check CHECK (VALUE >= 1) NOT VALID;
ALTER DOMAIN event_stream_version VALIDATE CONSTRAINT event_stream_version_check;
`,
  },
  // The ordering key survives a restore into a new server (log-clock.ts).
  LOG_CLOCK_MIGRATION,
];

/** The migrations in order (for tests that start from an older schema). */
export const EVENT_STORE_MIGRATIONS: readonly { readonly id: string; readonly sql: string }[] = MIGRATIONS;

const MIGRATION_LOCK = 7_010_001;

export async function migrateEventStore(pool: Pool): Promise<string[]> {
  const client: PoolClient = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // Looked up first: a role without DDL rights (the API's runtime role) may run this once the
    // owner has migrated, and CREATE … IF NOT EXISTS would still need the right to create.
    const { rows: bookkeeping } = await client.query<{ t: string | null }>(`SELECT to_regclass('event_store_migrations')::text AS t`);
    if (bookkeeping[0].t === null) {
      await client.query(`CREATE TABLE event_store_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    }
    const { rows } = await client.query<{ id: string }>('SELECT id FROM event_store_migrations');
    const done = new Set(rows.map((r) => r.id));
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO event_store_migrations (id) VALUES ($1)', [migration.id]);
      applied.push(migration.id);
    }
    // Every start: a log restored into a new server moves the log clock on (log-clock.ts).
    const moved = await advanceLogClock(client);
    if (moved) applied.push(moved);
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
