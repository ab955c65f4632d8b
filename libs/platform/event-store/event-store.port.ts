/** Who did it, and why: recorded with every event. */
export interface Actor {
  id: string;
  name?: string;
  role: string;
}

export interface EventMetadata {
  actor: Actor;
  correlationId: string;
  causationId?: string;
  /** The reason the user gave, where they gave one. */
  reason?: string;
  /**
   * With an idempotency key: a digest of the command (route and body). A later command with
   * the same key must carry the same one, or `handle` refuses it (IdempotencyKeyReusedError).
   */
  commandFingerprint?: string;
  [key: string]: unknown;
}

/** An event as the domain produces it. */
export interface NewEvent<T extends string = string, D = unknown> {
  type: T;
  data: D;
}

/** An event to append: the domain event plus its id and schema version. */
export interface EventToAppend<E extends NewEvent = NewEvent> {
  eventId: string;
  event: E;
  schemaVersion?: number;
}

export interface StoredEvent<E extends NewEvent = NewEvent> {
  eventId: string;
  type: E['type'];
  data: E['data'];
  schemaVersion: number;
  streamId: string;
  /** 1-based position of the event in its stream. */
  streamVersion: number;
  /** Position in the global log (what read-your-writes waits for). */
  globalPosition: number;
  /** Commit-order key on PostgreSQL; an opaque string elsewhere. */
  transactionId: string;
  recordedAt: Date;
  metadata: EventMetadata;
}

/**
 * What the writer expects the stream to be: an exact version (0 = empty),
 * `no-stream`, `stream-exists` or `any`.
 */
export type ExpectedVersion = number | 'no-stream' | 'stream-exists' | 'any';

export interface AppendResult {
  /** The stream's version after the append. */
  nextVersion: number;
  firstPosition: number;
  lastPosition: number;
  /** True when every event id was already stored: an idempotent retry. */
  duplicate: boolean;
}

/** A point in the global log; a reader resumes strictly after it. */
export interface LogPosition {
  transactionId: string;
  globalPosition: number;
}

export const LOG_START: LogPosition = { transactionId: '0', globalPosition: 0 };

export interface ReadStreamOptions {
  fromVersion?: number;
  toVersion?: number;
  /** Only events recorded at or before this moment ("as at"). */
  until?: Date;
}

export interface ReadAllOptions {
  after?: LogPosition;
  limit?: number;
  /** Only events recorded at or before this moment. */
  until?: Date;
}

/** How far readers of the global log are held back by an open transaction. */
export interface LogHold {
  /** Events already committed that readers cannot see yet. */
  heldEvents: number;
  /** The oldest open transaction holding readers back, if any. */
  holder?: { transactionId: string; pid?: number; ageSeconds?: number; query?: string };
}

/**
 * An event exactly as stored: never upcast. The audit chain hashes this form, so that an
 * upcaster added later changes what readers see, never what was chained.
 */
export interface RawStoredEvent {
  eventId: string;
  type: string;
  /** The data as stored, in the schema version it was stored with. */
  data: unknown;
  schemaVersion: number;
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  transactionId: string;
  /** ISO 8601 in UTC with microseconds (`2006-03-23T10:15:00.123456Z`): every digit the store keeps. */
  recordedAt: string;
  /** The metadata as stored (our EventMetadata: the adapter's own keys left out). */
  metadata: unknown;
}

/** How many events lie after a log position (a projection's lag). */
export interface EventsAfter {
  /** Events strictly after the position; a lower bound when `atLeast`. */
  count: number;
  /** True when the adapter stopped counting at `atMost` (one that must read to count: KurrentDB). */
  atLeast: boolean;
  /** When the oldest of those counted was recorded; undefined when there are none. */
  oldestRecordedAt?: Date;
}

/**
 * Another stream a decision relies on, e.g. the proposal whose current lead alone may
 * report its benefits. `handle` folds it with `fold`, runs `check` on it (which throws to
 * refuse), and stores the decision only if that stream is still at the version checked.
 */
export interface Dependency<S = any> {
  streamId: string;
  fold: Fold<S, any>;
  check: (state: S) => void;
}

export interface HandleOptions {
  metadata: EventMetadata;
  /** Other streams the decision relies on: see Dependency. */
  dependsOn?: readonly Dependency[];
  /** The version the caller saw (HTTP If-Match); a different current version is a conflict. */
  expectedVersion?: number;
  /** Makes event ids deterministic, so a retried command is stored once. */
  idempotencyKey?: string;
}

export interface HandleResult<E extends NewEvent = NewEvent> extends AppendResult {
  events: E[];
}

/** The fold a handler needs: the decider without its decide. */
export interface Fold<S, E extends NewEvent> {
  initialState: () => S;
  evolve: (state: S, event: E) => S;
}

/** The event store port. Every adapter passes test/event-store/contract.ts. */
export interface EventStore {
  append(
    streamId: string,
    events: EventToAppend[],
    expected: ExpectedVersion,
    metadata: EventMetadata,
  ): Promise<AppendResult>;
  readStream<E extends NewEvent = NewEvent>(
    streamId: string,
    options?: ReadStreamOptions,
  ): Promise<StoredEvent<E>[]>;
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** The events of several streams, merged in commit order, optionally up to a moment. */
  readStreams(streamIds: readonly string[], options?: { until?: Date }): Promise<StoredEvent[]>;
  /** Batches from the global log, in commit order, until the signal aborts. */
  subscribe(
    after: LogPosition,
    onBatch: (events: StoredEvent[]) => Promise<void>,
    options?: { signal?: AbortSignal; batchSize?: number; idleMs?: number },
  ): Promise<void>;
  /**
   * The stream's current state and version, folded. Adapters may keep folded states and
   * read only the events after one; the result is current as of the call.
   */
  load<S, E extends NewEvent>(streamId: string, fold: Fold<S, E>): Promise<{ state: S; version: number }>;
  /** The state this process last folded, if it kept one: maybe behind the stream, never ahead. */
  cached<S, E extends NewEvent>(streamId: string, fold: Fold<S, E>): { state: S; version: number } | undefined;
  /**
   * Read, fold, decide, append with the expected version, in one call. An adapter may
   * decide on a state it folded earlier: the append at that state's version proves it
   * current, and a refusal (conflict, or a decision that throws) is decided once more on
   * the stream as it is, so callers see exactly what a fresh read would give them. That
   * proves a kept state; it is no retry policy: a conflict on fresh state reaches the caller,
   * and handleCommand (handle-command.ts), the path every command takes, owns the retries.
   */
  handle<S, E extends NewEvent>(
    streamId: string,
    fold: Fold<S, E>,
    decide: (state: S, version: number) => E[],
    options: HandleOptions,
  ): Promise<HandleResult<E>>;
  /** The last position in the log, and what holds readers back. */
  head(): Promise<{ lastPosition: number; hold: LogHold }>;

  /*
   * Log queries for the read side (status, read-your-writes, access checks, the audit
   * chain): what it would otherwise ask of PostgreSQL's events table, which only one
   * engine has. Each adapter answers from its own log.
   */

  /**
   * For each position (a projection's checkpoint), how many events lie after it and when
   * the oldest of them was recorded: the lag /health and metrics report. Adapters that must
   * read the log to count stop at `atMost` (default 10,000) and say `atLeast`.
   */
  countAfter(positions: readonly LogPosition[], options?: { atMost?: number }): Promise<EventsAfter[]>;
  /**
   * The full log position of the event at this global position (what a write returns), or
   * undefined when no event is there: read-your-writes compares it with checkpoints.
   */
  positionAt(globalPosition: number): Promise<LogPosition | undefined>;
  /**
   * Whether an event of one of `types` lies after `after` and at or before `upTo`: a
   * projection that skips other types has dealt with `upTo` even with its checkpoint behind it.
   */
  hasEventOfTypes(types: readonly string[], after: LogPosition, upTo: LogPosition): Promise<boolean>;
  /** Whether an event with this id is stored (a command retried with its idempotency key). */
  hasEventId(eventId: string): Promise<boolean>;
  /** The stream's current version: its last event's, 0 when it has none (HTTP ETag / If-Match). */
  streamVersion(streamId: string): Promise<number>;
  /**
   * The last event, in log order, recorded at or before `at` that readers of the log can see
   * (a committee pack's head as at its meeting), or undefined when there is none.
   */
  lastPositionAt(at: Date): Promise<LogPosition | undefined>;
  /**
   * The streams whose first event's data has `field` equal to `value` (a programme's
   * proposals, benefits, risks … by `programmeId`), for reads that fold a programme's
   * streams from the log ("as at"). `field` is a plain property name.
   */
  streamIdsByFirstEvent(field: string, value: string): Promise<string[]>;
  /** readAll, but each event exactly as stored (never upcast): audit chain verification. */
  readAllRaw(options?: { after?: LogPosition; limit?: number }): Promise<RawStoredEvent[]>;
  /**
   * The events at these log positions (as readAll returned them), exactly as stored, in log
   * order; positions holding no event are left out: the audit chain projection hashes them.
   */
  readRawAt(positions: readonly LogPosition[]): Promise<RawStoredEvent[]>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
