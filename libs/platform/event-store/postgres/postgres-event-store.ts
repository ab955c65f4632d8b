import { Pool, type PoolConfig, type QueryResultRow } from 'pg';
import { pgConnectionConfig } from '@ledger/platform/database';
import { ConcurrencyError, DependencyChangedError, EventStoreTimeoutError, EventStoreUnavailableError, IdempotencyKeyReusedError, requirePlainFieldName, sameCommand } from '../event-store.errors';
import { eventIdsFor } from '../event-ids';
import { FoldedStates, type FoldedState } from '../folded-states';
import { LOG_START, type AppendResult, type EventMetadata, type EventStore, type EventToAppend, type ExpectedVersion, type Fold, type HandleOptions, type HandleResult, type LogHold, type LogPosition, type EventsAfter, type NewEvent, type RawStoredEvent, type ReadAllOptions, type ReadStreamOptions, type StoredEvent } from '../event-store.port';
import type { UpcasterRegistry } from '../upcasters';
import { migrateEventStore } from './schema';
import { runAppendStatement, type AppendParam } from './append-statement';
import { recordedAtOf } from './recorded-at';

// NB: the text alias `transaction_id` shadows the xid8 column in an unqualified ORDER BY
// (output names win there), which would sort '1000' before '999': order by `events.transaction_id`.
const EVENT_COLUMNS = `global_position, transaction_id::text AS transaction_id, stream_id, stream_version,
  event_id, event_type, schema_version, data, metadata, recorded_at`;

// A stream read's columns, all as text (fromStreamFields maps them); no stream_id (the
// caller's). The time stays timestamptz (an epoch expression cost the server more than
// parsing saved): recordedAtOf parses it.
const READ_STREAM_COLUMNS = `global_position, transaction_id::text, stream_version, event_id, event_type,
  schema_version, data, metadata, recorded_at`;
const READ_STREAM_SQL = `SELECT ${READ_STREAM_COLUMNS} FROM events
  WHERE stream_id = $1 AND stream_version >= $2 AND stream_version <= $3
  ORDER BY stream_version`;
const READ_STREAM_UNTIL_SQL = `SELECT ${READ_STREAM_COLUMNS} FROM events
  WHERE stream_id = $1 AND stream_version >= $2 AND stream_version <= $3 AND recorded_at <= $4
  ORDER BY stream_version`;

/**
 * The columns of a RawEventRow: an event exactly as the table holds it, never upcast
 * (for `SELECT ${RAW_EVENT_COLUMNS} FROM events e`). The audit chain hashes this form:
 * changing it changes every chain hash.
 */
export const RAW_EVENT_COLUMNS = `e.global_position::text AS global_position, e.transaction_id::text AS transaction_id,
  e.stream_id, e.stream_version::text AS stream_version, e.event_id::text AS event_id, e.event_type, e.schema_version,
  e.data, e.metadata,
  to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS recorded_at`;

/** A row of RAW_EVENT_COLUMNS. */
export interface RawEventRow {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_version: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: unknown;
  /** ISO 8601 in UTC with microseconds: every digit PostgreSQL keeps. */
  recorded_at: string;
}

/** A RawEventRow → the port's RawStoredEvent (positions as numbers, nothing else touched). */
export function rawStoredEventOf(row: RawEventRow): RawStoredEvent {
  return {
    eventId: row.event_id,
    type: row.event_type,
    data: row.data,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    globalPosition: Number(row.global_position),
    transactionId: row.transaction_id,
    recordedAt: row.recorded_at,
    metadata: row.metadata,
  };
}

/**
 * How an append says where the stream must be: new (`no-stream` or 0), at an exact
 * version > 0, existing, or anywhere.
 */
type Mode = 'new' | 'exact' | 'stream-exists' | 'any';
/**
 * The statement an append runs: its mode's, or `known` for an exact version N of
 * a stream this store has seen at N or beyond (see SeenVersions): the stream cannot
 * be below N, so the key on N + 1 alone decides, and nothing needs looking up.
 */
type Statement = Mode | 'known';

const COLUMNS = 'stream_id, stream_version, event_id, event_type, schema_version, data, metadata';
/**
 * Per mode, a one-row source `c(version)` when the append may write at version
 * c.version + 1 …, and no row when the stream is not where the writer expects it.
 * An exact version N reads the stream's row N by the (stream_id, stream_version)
 * key: versions are contiguous from 1 (every write path stores current + 1 …), so
 * "N exists" and "N + 1 is free" (which the same key enforces when the row goes in)
 * mean "the stream is at N". `new` needs no look: version 1 collides if the stream exists.
 */
const SOURCE: Record<Exclude<Mode, 'new'>, { from: string; where: string }> = {
  exact: {
    from: `(SELECT p.stream_version::bigint AS version FROM events p
             WHERE p.stream_id = $1::text AND p.stream_version = $7::bigint) c`,
    where: '',
  },
  'stream-exists': {
    from: `(SELECT max(stream_version)::bigint AS version FROM events WHERE stream_id = $1::text) c`,
    where: 'WHERE c.version IS NOT NULL',
  },
  any: {
    from: `(SELECT coalesce(max(stream_version), 0)::bigint AS version FROM events WHERE stream_id = $1::text) c`,
    where: '',
  },
};
/**
 * Rows come back as arrays: [global_position] where the versions are known in
 * advance (new, exact), [global_position, stream_version] otherwise.
 */
const RETURNING: Record<Statement, string> = {
  new: 'RETURNING global_position',
  known: 'RETURNING global_position',
  exact: 'RETURNING global_position',
  'stream-exists': 'RETURNING global_position, stream_version',
  any: 'RETURNING global_position, stream_version',
};

/** One event, plain parameters: $1 stream, $2 id, $3 type, $4 schema version, $5 data, $6 metadata, $7 expected. */
const INSERT_ONE: Record<Statement, { name: string; text: string }> = {
  new: {
    name: 'event_store_append_one_new',
    text: `INSERT INTO events (${COLUMNS}) VALUES ($1, 1, $2, $3, $4, $5, $6) ${RETURNING.new}`,
  },
  known: {
    name: 'event_store_append_one_known',
    text: `INSERT INTO events (${COLUMNS}) VALUES ($1, $7::bigint + 1, $2, $3, $4, $5, $6) ${RETURNING.known}`,
  },
  exact: oneWhere('exact'),
  'stream-exists': oneWhere('stream-exists'),
  any: oneWhere('any'),
};
function oneWhere(mode: Exclude<Mode, 'new'>): { name: string; text: string } {
  return {
    name: `event_store_append_one_${mode}`,
    text: `INSERT INTO events (${COLUMNS})
    SELECT $1::text, c.version + 1, $2::uuid, $3::text, $4::integer, $5::jsonb, $6::jsonb
      FROM ${SOURCE[mode].from} ${SOURCE[mode].where} ${RETURNING[mode]}`,
  };
}

/** A batch: $2–$5 are arrays in the batch's order, $6 the batch's metadata, $7 expected. */
const INSERT_BATCH: Record<Statement, { name: string; text: string }> = {
  new: batchWhere('new', { from: '(SELECT 0::bigint AS version) c', where: '' }),
  known: batchWhere('known', { from: '(SELECT $7::bigint AS version) c', where: '' }),
  exact: batchWhere('exact', SOURCE.exact),
  'stream-exists': batchWhere('stream-exists', SOURCE['stream-exists']),
  any: batchWhere('any', SOURCE.any),
};
function batchWhere(mode: Statement, { from, where }: { from: string; where: string }): { name: string; text: string } {
  return {
    name: `event_store_append_batch_${mode}`,
    text: `INSERT INTO events (${COLUMNS})
    SELECT $1::text, c.version + t.ord, t.id, t.type, t.schema, t.data, $6::jsonb
      FROM ${from},
           unnest($2::uuid[], $3::text[], $4::integer[], $5::jsonb[]) WITH ORDINALITY AS t(id, type, schema, data, ord)
    ${where}
    ORDER BY t.ord ${RETURNING[mode]}`,
  };
}

/**
 * handle's appends with dependencies: a batch (of one or more) at an exact version
 * ($7; `known` also for a new stream, at 0), written only where no dependency
 * ($8 streams, $9 the versions the decision checked) has an event past that version.
 */
const UNCHANGED = `NOT EXISTS (SELECT 1 FROM unnest($8::text[], $9::bigint[]) AS d(stream_id, version)
                     JOIN events g ON g.stream_id = d.stream_id AND g.stream_version = d.version + 1)`;
const INSERT_GUARDED: Record<'known' | 'exact', { name: string; text: string }> = {
  known: guarded(batchWhere('known', { from: '(SELECT $7::bigint AS version) c', where: `WHERE ${UNCHANGED}` })),
  exact: guarded(batchWhere('exact', { from: SOURCE.exact.from, where: `WHERE ${UNCHANGED}` })),
};
function guarded(statement: { name: string; text: string }): { name: string; text: string } {
  return { name: `${statement.name}_guarded`, text: statement.text };
}

/**
 * After an append wrote nothing: the stream's version, and this stream's events
 * among the append's ids (found by the event_id index alone: see migration 003).
 */
const RESOLVE_SQL = `
  SELECT (SELECT coalesce(max(s.stream_version), 0) FROM events s WHERE s.stream_id = $1) AS actual,
         max(e.stream_version) FILTER (WHERE e.stream_id = $1) AS version,
         min(e.global_position) FILTER (WHERE e.stream_id = $1) AS first_position,
         max(e.global_position) FILTER (WHERE e.stream_id = $1) AS last_position
    FROM events e WHERE e.event_id = ANY ($2::uuid[])`;

const UNIQUE_VIOLATION = '23505';
const STREAM_VERSION_KEY = 'events_stream_id_stream_version_key';
/** Only `any` and `stream-exists` can lose a race more than once in a row. */
const MAX_APPEND_ATTEMPTS = 50;

interface PgError extends Error {
  code?: string;
  constraint?: string;
}
/** [global_position] or [global_position, stream_version] as text (see RETURNING). */
type InsertedRow = string[];
interface ResolvedRow extends QueryResultRow {
  actual: string;
  version: string | null;
  first_position: string | null;
  last_position: string | null;
}

/** A row of EVENT_COLUMNS: a RawEventRow as pg parses it (the time as a Date, the metadata typed). */
interface EventRow extends QueryResultRow, Omit<RawEventRow, 'metadata' | 'recorded_at'> {
  metadata: EventMetadata;
  recorded_at: Date;
}

/** pg's client-side query timeout (`query_timeout`): the server did not answer in time. */
export function isQueryTimeout(error: unknown): boolean {
  return (error as { message?: unknown })?.message === 'Query read timeout';
}

/** Connection errors that mean "the database is not there right now". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);

export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    (e?.code !== undefined && UNAVAILABLE_CODES.has(e.code)) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(e?.message ?? '')
  );
}

export interface PostgresEventStoreOptions {
  connectionString?: string;
  pool?: Pool;
  poolConfig?: PoolConfig;
  /**
   * How long a query may wait for the server before it fails (pg's query_timeout; the
   * connection is then dropped). Unset: no limit, for tools that run long statements.
   */
  queryTimeoutMs?: number;
  /** How old schema versions read today (the ledger's, passed in). */
  upcasters: UpcasterRegistry;
}

/**
 * The PostgreSQL adapter. An append is one prepared INSERT … RETURNING (one round
 * trip, one transaction) that writes versions current+1 … current+n only where the
 * stream is at the expected version; the UNIQUE (stream_id, stream_version) key
 * refuses whichever of two racing writers comes second, and UNIQUE (event_id) a
 * stored id. Only when it writes nothing does a second query tell an idempotent
 * retry (original positions) from a conflict (the actual version). The global log
 * is read in commit order by (transaction id, position), and never past the oldest
 * transaction still open, so a reader can never skip an event that commits late.
 */
export class PostgresEventStore implements EventStore {
  readonly pool: Pool;
  readonly upcasters: UpcasterRegistry;
  private readonly ownsPool: boolean;
  /** The highest version this store has seen of recent streams (written or read). */
  private readonly seen = new SeenVersions(10_000);
  /** States `handle` and `load` folded, so a command reads only what it has not seen. */
  private readonly folded = new FoldedStates();

  /** Where queries are timed, the migrations' pool (without the timeout). */
  private readonly migrationPool?: () => Pool;

  constructor(options: PostgresEventStoreOptions) {
    this.ownsPool = !options.pool;
    if (options.queryTimeoutMs && !options.pool) {
      this.migrationPool = () => new Pool({ ...pgConnectionConfig(options.connectionString!), max: 1, connectionTimeoutMillis: 5000 });
    }
    this.pool =
      options.pool ??
      new Pool({
        // A multi-host URL (failover) picks its host per connection: libs/platform/database/multi-host.ts.
        ...(options.connectionString ? pgConnectionConfig(options.connectionString) : {}),
        max: 20,
        connectionTimeoutMillis: 5000,
        ...(options.queryTimeoutMs ? { query_timeout: options.queryTimeoutMs } : {}),
        ...options.poolConfig,
      });
    // An idle client losing its connection must not crash the process.
    this.pool.on('error', () => undefined);
    this.upcasters = options.upcasters;
  }

  async migrate(): Promise<string[]> {
    if (!this.migrationPool) return this.run(() => migrateEventStore(this.pool));
    // A migration of a long log may take longer than a query may wait: its own pool, no limit.
    const pool = this.migrationPool();
    try {
      return await this.run(() => migrateEventStore(pool));
    } finally {
      await pool.end();
    }
  }

  append(
    streamId: string,
    events: EventToAppend[],
    expected: ExpectedVersion,
    metadata: EventMetadata,
  ): Promise<AppendResult> {
    return this.write(streamId, events, expected, metadata, []);
  }

  /** An append, stored only while each of `unchanged` is still at its version (handle's dependencies). */
  private async write(
    streamId: string,
    events: EventToAppend[],
    expected: ExpectedVersion,
    metadata: EventMetadata,
    unchanged: readonly { streamId: string; version: number }[],
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const mode = modeOf(expected);
    const expectedNumber = typeof expected === 'number' ? expected : 0;
    const statement: Statement = mode === 'exact' && this.seen.atLeast(streamId, expectedNumber) ? 'known' : mode;
    const insert =
      unchanged.length === 0
        ? this.insertQuery(streamId, events, statement, expectedNumber, metadata)
        : this.guardedInsertQuery(streamId, events, statement, expectedNumber, metadata, unchanged);
    for (let attempt = 1; ; attempt++) {
      let violation: PgError | undefined;
      try {
        const rows = await runAppendStatement(this.pool, insert.name, insert.text, insert.values);
        if (rows.length > 0) {
          const result = appended(rows, expectedNumber);
          this.seen.record(streamId, result.nextVersion);
          return result;
        }
      } catch (error) {
        if (isQueryTimeout(error)) throw new EventStoreTimeoutError(error);
        if (isUnavailable(error)) throw new EventStoreUnavailableError(error);
        if ((error as PgError).code !== UNIQUE_VIOLATION) throw error;
        violation = error as PgError;
      }
      // Nothing was written. Either these ids are stored on this stream already (an
      // idempotent retry: report the original write), or the stream is not where
      // the writer expected it (a conflict), or it moved between the two statements.
      const { rows } = await this.run(() =>
        this.pool.query<ResolvedRow>({
          name: 'event_store_append_resolve',
          text: RESOLVE_SQL,
          values: [streamId, events.map((e) => e.eventId)],
        }),
      );
      const found = rows[0];
      const actual = Number(found.actual);
      this.seen.record(streamId, actual);
      if (found.version !== null) {
        return {
          nextVersion: Number(found.version),
          firstPosition: Number(found.first_position),
          lastPosition: Number(found.last_position),
          duplicate: true,
        };
      }
      if ((mode === 'new' || mode === 'exact') && actual !== expectedNumber) {
        throw new ConcurrencyError(streamId, expected, actual);
      }
      if (mode === 'stream-exists' && actual === 0) throw new ConcurrencyError(streamId, expected, 0);
      // The expected version holds and none of these ids is on this stream: an id
      // clash (an id stored on another stream, or twice in the batch) is the caller's error.
      if (violation && violation.constraint !== STREAM_VERSION_KEY) throw violation;
      // The stream is where the writer expected and nothing collided: a dependency moved.
      if (!violation && unchanged.length > 0) {
        const moved = await this.movedDependency(unchanged);
        if (moved) throw new DependencyChangedError(moved.streamId, moved.version);
      }
      // Otherwise another append committed in between (`any`, `stream-exists`, or an
      // exact version reached just after the insert looked): try again.
      if (attempt >= MAX_APPEND_ATTEMPTS) throw new ConcurrencyError(streamId, expected, actual);
    }
  }

  /**
   * The one statement an append runs: an INSERT of versions current+1 … current+n,
   * written only when the stream is at the expected version. Named, so each
   * connection prepares it once; one event travels as plain parameters, a batch as
   * arrays (with its metadata once).
   */
  private insertQuery(
    streamId: string,
    events: EventToAppend[],
    mode: Statement,
    expected: number,
    metadata: EventMetadata,
  ): { name: string; text: string; values: AppendParam[] } {
    const metadataJson = JSON.stringify(metadata);
    let statement: { name: string; text: string };
    let values: AppendParam[];
    if (events.length === 1) {
      const e = events[0];
      statement = INSERT_ONE[mode];
      values = [
        streamId,
        e.eventId,
        e.event.type,
        e.schemaVersion ?? this.upcasters.currentVersion(e.event.type),
        JSON.stringify(e.event.data ?? {}),
        metadataJson,
      ];
    } else {
      statement = INSERT_BATCH[mode];
      values = [
        streamId,
        events.map((e) => e.eventId),
        events.map((e) => e.event.type),
        events.map((e) => e.schemaVersion ?? this.upcasters.currentVersion(e.event.type)),
        events.map((e) => JSON.stringify(e.event.data ?? {})),
        metadataJson,
      ];
    }
    if (mode === 'exact' || mode === 'known') values.push(expected);
    return { name: statement.name, text: statement.text, values };
  }

  /**
   * The guarded form of insertQuery (handle's appends: an exact version, or 0): the
   * rows go in only if no stream of `unchanged` has an event past its version.
   */
  private guardedInsertQuery(
    streamId: string,
    events: EventToAppend[],
    mode: Statement,
    expected: number,
    metadata: EventMetadata,
    unchanged: readonly { streamId: string; version: number }[],
  ): { name: string; text: string; values: AppendParam[] } {
    if (mode !== 'new' && mode !== 'known' && mode !== 'exact') throw new Error(`a guarded append needs an exact version, not ${mode}`);
    const statement = INSERT_GUARDED[mode === 'new' ? 'known' : mode];
    return {
      name: statement.name,
      text: statement.text,
      values: [
        streamId,
        events.map((e) => e.eventId),
        events.map((e) => e.event.type),
        events.map((e) => e.schemaVersion ?? this.upcasters.currentVersion(e.event.type)),
        events.map((e) => JSON.stringify(e.event.data ?? {})),
        JSON.stringify(metadata),
        expected,
        unchanged.map((u) => u.streamId),
        unchanged.map((u) => u.version),
      ],
    };
  }

  /** The first of `unchanged` that has an event past its version, if any. */
  private async movedDependency(
    unchanged: readonly { streamId: string; version: number }[],
  ): Promise<{ streamId: string; version: number } | undefined> {
    const { rows } = await this.run(() =>
      this.pool.query<{ stream_id: string }>(
        `SELECT d.stream_id FROM unnest($1::text[], $2::bigint[]) AS d(stream_id, version)
          WHERE EXISTS (SELECT 1 FROM events g WHERE g.stream_id = d.stream_id AND g.stream_version = d.version + 1)`,
        [unchanged.map((u) => u.streamId), unchanged.map((u) => u.version)],
      ),
    );
    return unchanged.find((u) => rows.some((r) => r.stream_id === u.streamId));
  }

  async readStream<E extends NewEvent = NewEvent>(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<StoredEvent<E>[]> {
    const from = options.fromVersion ?? 1;
    const to = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    // Named, so each connection parses and plans it once: a command's catch-up read runs
    // it on every request and usually finds nothing new. Sent without a Describe and read
    // as text, mapped straight into events (no row objects, no per-column parsers).
    const rows = await this.run(() =>
      options.until === undefined
        ? runAppendStatement(this.pool, 'event_store_read_stream_text', READ_STREAM_SQL, [streamId, from, to])
        : runAppendStatement(this.pool, 'event_store_read_stream_until_text', READ_STREAM_UNTIL_SQL, [
            streamId,
            from,
            to,
            options.until.toISOString(),
          ]),
    );
    if (rows.length > 0) this.seen.record(streamId, Number(rows[rows.length - 1][2]));
    const events = new Array<StoredEvent>(rows.length);
    for (let i = 0; i < rows.length; i++) events[i] = this.fromStreamFields(streamId, rows[i]);
    return events as StoredEvent<E>[];
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const after = options.after ?? LOG_START;
    // Rows of transactions that are still open when this snapshot is taken may
    // later commit with lower (transaction id, position): stop below the oldest one
    // (in ordering-key terms: see log-clock.ts for keys after a restore).
    const { rows } = await this.run(() =>
      this.pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events
          WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
            AND transaction_id < event_log_horizon()
            AND ($4::timestamptz IS NULL OR recorded_at <= $4)
          ORDER BY events.transaction_id, events.global_position
          LIMIT $3`,
        [after.transactionId, after.globalPosition, options.limit ?? 1000, options.until ?? null],
      ),
    );
    return rows.map((row) => this.toStored(row));
  }

  async readStreams(streamIds: readonly string[], options: { until?: Date } = {}): Promise<StoredEvent[]> {
    if (streamIds.length === 0) return [];
    const { rows } = await this.run(() =>
      this.pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events
          WHERE stream_id = ANY($1) AND ($2::timestamptz IS NULL OR recorded_at <= $2)
          ORDER BY events.transaction_id, events.global_position`,
        [streamIds, options.until ?? null],
      ),
    );
    return rows.map((row) => this.toStored(row));
  }

  async subscribe(
    after: LogPosition,
    onBatch: (events: StoredEvent[]) => Promise<void>,
    options: { signal?: AbortSignal; batchSize?: number; idleMs?: number } = {},
  ): Promise<void> {
    let position = after;
    const batchSize = options.batchSize ?? 500;
    while (!options.signal?.aborted) {
      const events = await this.readAll({ after: position, limit: batchSize });
      if (events.length > 0) {
        await onBatch(events);
        const last = events[events.length - 1];
        position = { transactionId: last.transactionId, globalPosition: last.globalPosition };
      }
      if (events.length < batchSize) await sleep(options.idleMs ?? 50, options.signal);
    }
  }

  async load<S, E extends NewEvent>(streamId: string, fold: Fold<S, E>): Promise<FoldedState<S>> {
    return this.catchUp(streamId, fold, this.folded.get(streamId, fold));
  }

  cached<S, E extends NewEvent>(streamId: string, fold: Fold<S, E>): FoldedState<S> | undefined {
    return this.folded.get(streamId, fold);
  }

  /**
   * Decides on the states this store last folded, without reading: the append is stored
   * only if the stream is still at that state's version (the (stream_id, stream_version)
   * key) and every dependency still at the version checked (the statement's NOT EXISTS).
   * Only when something refuses — a conflict, a moved dependency, a check or decision
   * that throws — on states not read just now, are the newer events read and it all
   * runs once more: a stale state never decides anything stored, nor refuses a command
   * the current state allows.
   */
  async handle<S, E extends NewEvent>(
    streamId: string,
    fold: Fold<S, E>,
    decide: (state: S, version: number) => E[],
    options: HandleOptions,
  ): Promise<HandleResult<E>> {
    if (options.idempotencyKey) {
      const done = await this.findAppended(streamId, eventIdsFor(1, options.idempotencyKey)[0], options.metadata.commandFingerprint);
      if (done) return { ...done, events: [] };
    }
    const expected = options.expectedVersion;
    const dependencies = options.dependsOn ?? [];
    let current = this.folded.get(streamId, fold);
    let relied = dependencies.map((d) => this.folded.get(d.streamId, d.fold));
    let fresh = false;
    const refresh = async () => {
      [current, ...relied] = await Promise.all([
        this.catchUp(streamId, fold, current),
        ...dependencies.map((d, i) => this.catchUp(d.streamId, d.fold, relied[i])),
      ]);
      fresh = true;
    };
    if (current === undefined || relied.includes(undefined) || (expected !== undefined && current.version < expected)) {
      await refresh();
    }
    for (;;) {
      const state = current!;
      const checked = relied as FoldedState<unknown>[];
      // Stored events are never removed: a state already past the expected version is
      // proof enough that the caller's version is stale.
      if (expected !== undefined && expected !== state.version) {
        throw new ConcurrencyError(streamId, expected, state.version);
      }
      let events: E[];
      try {
        dependencies.forEach((d, i) => d.check(checked[i].state));
        events = decide(state.state, state.version);
      } catch (error) {
        if (fresh) throw error;
        await refresh();
        continue;
      }
      if (events.length === 0) {
        if (!fresh) {
          await refresh();
          continue;
        }
        return { nextVersion: state.version, firstPosition: 0, lastPosition: 0, duplicate: false, events };
      }
      const ids = eventIdsFor(events.length, options.idempotencyKey);
      try {
        const result = await this.write(
          streamId,
          events.map((event, i) => ({ eventId: ids[i], event })),
          state.version,
          options.metadata,
          dependencies.map((d, i) => ({ streamId: d.streamId, version: checked[i].version })),
        );
        if (!result.duplicate) {
          this.folded.set(streamId, fold, { state: events.reduce(fold.evolve, state.state), version: result.nextVersion });
        }
        return { ...result, events };
      } catch (error) {
        // The key's ids went onto another stream meanwhile (a race with another command): say so.
        if (options.idempotencyKey && (error as PgError).code === UNIQUE_VIOLATION) {
          const done = await this.findAppended(streamId, ids[0], options.metadata.commandFingerprint);
          if (done) return { ...done, events: [] };
        }
        if (!(error instanceof ConcurrencyError) || fresh) throw error;
        await refresh();
      }
    }
  }

  /** Folds the events after `from` (all of them without it) and keeps the result. */
  private async catchUp<S, E extends NewEvent>(
    streamId: string,
    fold: Fold<S, E>,
    from: FoldedState<S> | undefined,
  ): Promise<FoldedState<S>> {
    const newer = await this.readStream<E>(streamId, { fromVersion: (from?.version ?? 0) + 1 });
    if (from !== undefined && newer.length === 0) return from;
    const folded = {
      state: newer.reduce((s, e) => fold.evolve(s, { type: e.type, data: e.data } as E), from?.state ?? fold.initialState()),
      version: newer.length > 0 ? newer[newer.length - 1].streamVersion : 0,
    };
    if (folded.version > 0) this.folded.set(streamId, fold, folded);
    return folded;
  }

  /**
   * The result of the earlier append (one transaction) that stored this event id, if any;
   * IdempotencyKeyReusedError when that append was another command (stream or fingerprint).
   */
  private async findAppended(streamId: string, firstEventId: string, fingerprint?: string): Promise<AppendResult | undefined> {
    const { rows } = await this.run(() =>
      this.pool.query(
        `SELECT e.stream_id, e.metadata->>'commandFingerprint' AS fingerprint,
                e.global_position, e.stream_version, t.last_version, t.last_position
           FROM events e,
                LATERAL (SELECT max(stream_version) AS last_version, max(global_position) AS last_position
                           FROM events x WHERE x.stream_id = e.stream_id
                            AND x.transaction_id = e.transaction_id) t
          WHERE e.event_id = $1`,
        [firstEventId],
      ),
    );
    if (rows.length === 0) return undefined;
    const row = rows[0];
    if (!sameCommand({ streamId: row.stream_id, fingerprint: row.fingerprint }, streamId, fingerprint)) throw new IdempotencyKeyReusedError();
    return {
      nextVersion: Number(row.last_version),
      firstPosition: Number(row.global_position),
      lastPosition: Number(row.last_position),
      duplicate: true,
    };
  }

  async head(): Promise<{ lastPosition: number; hold: LogHold }> {
    const { rows } = await this.run(() =>
      this.pool.query(
        `WITH snap AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin, event_log_horizon() AS horizon)
         SELECT (SELECT coalesce(max(global_position), 0) FROM events) AS last_position,
                (SELECT count(*) FROM events, snap WHERE transaction_id >= snap.horizon) AS held,
                snap.xmin::text AS xmin,
                a.pid, extract(epoch FROM now() - a.xact_start) AS age, left(a.query, 200) AS query
           FROM snap
           LEFT JOIN pg_stat_activity a ON a.backend_xid = snap.xmin::xid
          LIMIT 1`,
      ),
    );
    const row = rows[0];
    const held = Number(row.held);
    return {
      lastPosition: Number(row.last_position),
      hold: {
        heldEvents: held,
        holder:
          held > 0
            ? { transactionId: row.xmin, pid: row.pid ?? undefined, ageSeconds: row.age === null ? undefined : Number(row.age), query: row.query ?? undefined }
            : undefined,
      },
    };
  }

  /** Exact counts (no `atMost`): one index range scan per position. */
  async countAfter(positions: readonly LogPosition[], _options: { atMost?: number } = {}): Promise<EventsAfter[]> {
    if (positions.length === 0) return [];
    const { rows } = await this.run(() =>
      this.pool.query<{ behind: string; oldest: Date | null }>(
        `SELECT b.behind, b.oldest
           FROM unnest($1::xid8[], $2::bigint[]) WITH ORDINALITY AS c(transaction_id, global_position, ord),
                LATERAL (SELECT count(*) AS behind, min(e.recorded_at) AS oldest
                           FROM events e
                          WHERE (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)) b
          ORDER BY c.ord`,
        [positions.map((p) => p.transactionId), positions.map((p) => p.globalPosition)],
      ),
    );
    return rows.map((r) => ({ count: Number(r.behind), atLeast: false, oldestRecordedAt: r.oldest ?? undefined }));
  }

  async positionAt(globalPosition: number): Promise<LogPosition | undefined> {
    const { rows } = await this.run(() =>
      this.pool.query<{ transaction_id: string }>({
        name: 'event_store_position_at',
        text: `SELECT transaction_id::text AS transaction_id FROM events WHERE global_position = $1`,
        values: [globalPosition],
      }),
    );
    return rows[0] ? { transactionId: rows[0].transaction_id, globalPosition } : undefined;
  }

  async hasEventOfTypes(types: readonly string[], after: LogPosition, upTo: LogPosition): Promise<boolean> {
    if (types.length === 0) return false;
    const { rows } = await this.run(() =>
      this.pool.query<{ found: boolean }>(
        `SELECT EXISTS (
           SELECT 1 FROM events x
            WHERE x.event_type = ANY($1)
              AND (x.transaction_id, x.global_position) > ($2::xid8, $3::bigint)
              AND (x.transaction_id, x.global_position) <= ($4::xid8, $5::bigint)) AS found`,
        [[...types], after.transactionId, after.globalPosition, upTo.transactionId, upTo.globalPosition],
      ),
    );
    return rows[0].found === true;
  }

  async hasEventId(eventId: string): Promise<boolean> {
    const { rows } = await this.run(() => this.pool.query('SELECT 1 FROM events WHERE event_id = $1', [eventId]));
    return rows.length > 0;
  }

  async streamIdsByFirstEvent(field: string, value: string): Promise<string[]> {
    // The field goes into the SQL as a literal (checked), so that the expression index on
    // first events' data->>'programmeId' (read-models migration 1764070000001) serves it.
    requirePlainFieldName(field);
    const { rows } = await this.run(() =>
      this.pool.query<{ stream_id: string }>(`SELECT stream_id FROM events WHERE stream_version = 1 AND data->>'${field}' = $1`, [value]),
    );
    return rows.map((r) => r.stream_id);
  }

  async streamVersion(streamId: string): Promise<number> {
    const { rows } = await this.run(() =>
      this.pool.query<{ v: number }>(`SELECT coalesce(max(stream_version), 0)::int AS v FROM events WHERE stream_id = $1`, [streamId]),
    );
    const version = rows[0].v;
    this.seen.record(streamId, version);
    return version;
  }

  async lastPositionAt(at: Date): Promise<LogPosition | undefined> {
    const { rows } = await this.run(() =>
      this.pool.query<{ transaction_id: string; global_position: string }>(
        `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position FROM events
          WHERE recorded_at <= $1 AND transaction_id < event_log_horizon()
          ORDER BY events.transaction_id DESC, events.global_position DESC LIMIT 1`,
        [at],
      ),
    );
    return rows[0] ? { transactionId: rows[0].transaction_id, globalPosition: Number(rows[0].global_position) } : undefined;
  }

  /** As readAll: in commit order, never past the oldest open transaction (event_log_horizon()). */
  async readAllRaw(options: { after?: LogPosition; limit?: number } = {}): Promise<RawStoredEvent[]> {
    const after = options.after ?? LOG_START;
    const { rows } = await this.run(() =>
      this.pool.query<RawEventRow>(
        `SELECT ${RAW_EVENT_COLUMNS} FROM events e
          WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint) AND e.transaction_id < event_log_horizon()
          ORDER BY e.transaction_id, e.global_position LIMIT $3`,
        [after.transactionId, after.globalPosition, options.limit ?? 1000],
      ),
    );
    return rows.map(rawStoredEventOf);
  }

  async readRawAt(positions: readonly LogPosition[]): Promise<RawStoredEvent[]> {
    if (positions.length === 0) return [];
    const { rows } = await this.run(() =>
      this.pool.query<RawEventRow>(
        `SELECT ${RAW_EVENT_COLUMNS} FROM events e WHERE e.global_position = ANY($1::bigint[])
          ORDER BY e.transaction_id, e.global_position`,
        [positions.map((p) => p.globalPosition)],
      ),
    );
    return rows.map(rawStoredEventOf);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }

  /** One row of READ_STREAM_COLUMNS, as text, into the event toStored would make of it. */
  private fromStreamFields(streamId: string, f: string[]): StoredEvent {
    const type = f[4];
    const { data, schemaVersion } = this.upcasters.upcast(type, Number(f[5]), JSON.parse(f[6]));
    return {
      eventId: f[3],
      type,
      data,
      schemaVersion,
      streamId,
      streamVersion: Number(f[2]),
      globalPosition: Number(f[0]),
      transactionId: f[1],
      recordedAt: recordedAtOf(f[8]),
      metadata: JSON.parse(f[7]) as EventMetadata,
    };
  }

  private toStored(row: EventRow): StoredEvent {
    const { data, schemaVersion } = this.upcasters.upcast(row.event_type, row.schema_version, row.data);
    // Spelled out rather than built on rawStoredEventOf: this is every read's hot path (one object an event).
    return {
      eventId: row.event_id,
      type: row.event_type,
      data,
      schemaVersion,
      streamId: row.stream_id,
      streamVersion: Number(row.stream_version),
      globalPosition: Number(row.global_position),
      transactionId: row.transaction_id,
      recordedAt: row.recorded_at,
      metadata: row.metadata,
    };
  }

  private async run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (isQueryTimeout(error)) throw new EventStoreTimeoutError(error);
      if (isUnavailable(error)) throw new EventStoreUnavailableError(error);
      throw error;
    }
  }
}

function modeOf(expected: ExpectedVersion): Mode {
  if (expected === 'no-stream' || expected === 0) return 'new';
  if (expected === 'stream-exists' || expected === 'any') return expected;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`Expected version must be a whole number >= 0, got ${String(expected)}`);
  }
  return 'exact';
}

/**
 * The result of an insert that wrote its rows: positions from the rows, the version
 * from them too, or, where they do not carry it, from the expected version.
 */
function appended(rows: InsertedRow[], expected: number): AppendResult {
  let first = Number(rows[0][0]);
  let last = first;
  for (let i = 1; i < rows.length; i++) {
    const position = Number(rows[i][0]);
    if (position < first) first = position;
    if (position > last) last = position;
  }
  let version = expected + rows.length;
  if (rows[0][1] !== undefined) {
    version = 0;
    for (const row of rows) version = Math.max(version, Number(row[1]));
  }
  return { nextVersion: version, firstPosition: first, lastPosition: last, duplicate: false };
}

/**
 * The highest version seen of each of the most recent streams (this store wrote or
 * read it). Stored events are never removed (the database refuses UPDATE, DELETE
 * and TRUNCATE), so a stream seen at N is at N or beyond, in every process: a lower
 * bound that can be stale but never wrong. Holds `capacity` streams, forgetting the
 * least recently recorded first.
 */
class SeenVersions {
  private readonly versions = new Map<string, number>();

  constructor(private readonly capacity: number) {}

  atLeast(streamId: string, version: number): boolean {
    const seen = this.versions.get(streamId);
    return seen !== undefined && seen >= version;
  }

  record(streamId: string, version: number): void {
    if (!(version >= 1)) return;
    const seen = this.versions.get(streamId);
    if (seen !== undefined) {
      if (seen >= version) return;
      this.versions.delete(streamId);
    } else if (this.versions.size >= this.capacity) {
      this.versions.delete(this.versions.keys().next().value as string);
    }
    this.versions.set(streamId, version);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
