import { BACKWARDS, END, FORWARDS, KurrentDBClient, NO_STREAM, eventTypeFilter, type AllStreamResolvedEvent, type AllStreamSubscription, type AppendResult as KurrentAppendResult, type AppendToStreamOptions, type EventData, type Filter, type Position, type ReadAllOptions as KurrentReadAllOptions, type ReadStreamOptions as KurrentReadStreamOptions, type RecordedEvent, type ResolvedEvent, type SubscribeToAllOptions } from '@kurrent/kurrentdb-client';
import { ConcurrencyError, EventStoreUnavailableError, IdempotencyKeyReusedError, requirePlainFieldName, sameCommand } from '../event-store.errors';
import { eventIdsFor } from '../event-ids';
import { LOG_START, type AppendResult, type EventMetadata, type EventStore, type EventToAppend, type ExpectedVersion, type Fold, type HandleOptions, type HandleResult, type LogHold, type EventsAfter, type LogPosition, type NewEvent, type RawStoredEvent, type ReadAllOptions, type ReadStreamOptions, type StoredEvent } from '../event-store.port';
import type { UpcasterRegistry } from '../upcasters';
import { randomUUID } from 'node:crypto';
import { EventIdTakenError, fromStoredMetadata, isAfter, isLogStart, ourEventsFilter, reservationEventOf, reservationStreamOf, isSystemEvent, isWrongExpectedVersion, mapClientError, positionOfRecorded, comparePosition, toConcurrencyError, toEventData, toLogPosition, toPosition, toRawStoredEvent, toReadPosition, toSafeNumber, toStoredEvent, toStreamState, versionOfRevision } from './kurrentdb-mapping';

/** The part of the official client this adapter uses (so tests can stand in for it). */
export interface KurrentClientLike {
  appendToStream(streamName: string, events: EventData[], options?: AppendToStreamOptions): Promise<KurrentAppendResult>;
  readStream(streamName: string, options?: KurrentReadStreamOptions): AsyncIterableIterator<ResolvedEvent>;
  readAll(options?: KurrentReadAllOptions): AsyncIterableIterator<AllStreamResolvedEvent>;
  subscribeToAll(options?: SubscribeToAllOptions): AllStreamSubscription;
  dispose(): Promise<void>;
}

export interface KurrentDBEventStoreOptions {
  /** e.g. `kurrentdb://localhost:2113?tls=false` (dev) or `kurrentdb+discover://admin:pw@cluster:2113`. */
  connectionString?: string;
  client?: KurrentClientLike;
  /** How old schema versions read today (the ledger's, passed in). */
  upcasters: UpcasterRegistry;
  /** How often an `any`/`stream-exists` append that loses a race goes round again before giving up. */
  maxAppendAttempts?: number;
}

const STREAM_NOT_FOUND = 'stream-not-found';

/**
 * The KurrentDB adapter of the EventStore port, on the official client.
 *
 * - Appends: the stream is read first (our streams are aggregates: short), so
 *   that an event id already in the stream is reported as an idempotent retry
 *   with the original positions (`duplicate: true`), whatever the expected
 *   version says; then the events are appended with KurrentDB's own
 *   optimistic concurrency check. `any` and `stream-exists` are sent as the
 *   exact revision just read, so two identical retries racing each other are
 *   stored once (KurrentDB guarantees idempotence only for exact expected
 *   revisions); if another writer moved the stream in between, the append goes
 *   round again. The positions of the appended events are read back from the
 *   stream (the append response carries only one position for the whole batch).
 * - The global log is $all, read in its own order (commit, prepare), filtered to
 *   non-system events. KurrentDB makes an event visible in $all only once it is
 *   committed, at a position after everything visible before: there is no
 *   late-commit gap, so `head().hold` is always 0 and no reader waits.
 * - See kurrentdb-mapping.ts for versions, positions, metadata and errors.
 */
export class KurrentDBEventStore implements EventStore {
  readonly client: KurrentClientLike;
  readonly upcasters: UpcasterRegistry;
  private readonly ownsClient: boolean;
  private readonly maxAppendAttempts: number;

  constructor(options: KurrentDBEventStoreOptions) {
    if (!options.client && !options.connectionString) {
      throw new Error('KurrentDBEventStore needs a connection string (KURRENTDB_CONNECTION_STRING) or a client');
    }
    this.ownsClient = !options.client;
    this.client = options.client ?? (KurrentDBClient.connectionString(options.connectionString!) as unknown as KurrentClientLike);
    this.upcasters = options.upcasters;
    this.maxAppendAttempts = options.maxAppendAttempts ?? 50;
  }

  /** Nothing to migrate: KurrentDB has no schema. Present so the module can call it for every engine. */
  async migrate(): Promise<string[]> {
    return [];
  }

  async append(
    streamId: string,
    events: EventToAppend[],
    expected: ExpectedVersion,
    metadata: EventMetadata,
  ): Promise<AppendResult> {
    checkBatch(events);
    toStreamState(expected); // validates a numeric expected version before any I/O
    return this.run(() => this.appendChecked(streamId, events, expected, metadata));
  }

  async readStream<E extends NewEvent = NewEvent>(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<StoredEvent<E>[]> {
    const from = Math.max(1, options.fromVersion ?? 1);
    const to = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    if (to < from) return [];
    const recorded = await this.run(() =>
      this.readRecorded(streamId, { fromRevision: BigInt(from - 1), maxCount: BigInt(to - from + 1) }),
    );
    return recorded
      .filter((r) => !options.until || r.created.getTime() <= options.until.getTime())
      .map((r) => toStoredEvent(r, this.upcasters)) as StoredEvent<E>[];
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const limit = options.limit ?? 1000;
    if (limit <= 0) return [];
    return this.run(async () => {
      const out: StoredEvent[] = [];
      // Events skipped by `until` (or KurrentDB's own records) are not the end of the log:
      // `ours` reads on, page by page, so "nothing more" is never answered early.
      for await (const recorded of this.ours(options.after ?? LOG_START, { pageSize: limit })) {
        if (options.until && recorded.created.getTime() > options.until.getTime()) continue;
        out.push(toStoredEvent(recorded, this.upcasters));
        if (out.length >= limit) break;
      }
      return out;
    });
  }

  async readStreams(streamIds: readonly string[], options: { until?: Date } = {}): Promise<StoredEvent[]> {
    if (streamIds.length === 0) return [];
    const perStream = await this.run(() => Promise.all([...new Set(streamIds)].map((id) => this.readRecorded(id))));
    return perStream
      .flat()
      .filter((r) => !options.until || r.created.getTime() <= options.until.getTime())
      .sort((a, b) => comparePosition(positionOfRecorded(a), positionOfRecorded(b)))
      .map((r) => toStoredEvent(r, this.upcasters));
  }

  /**
   * A catch-up subscription to $all (non-system events), delivered in batches:
   * a batch is handed over when it is full or when no further event has come
   * for `idleMs`. The next event is not taken before `onBatch` has finished.
   */
  async subscribe(
    after: LogPosition,
    onBatch: (events: StoredEvent[]) => Promise<void>,
    options: { signal?: AbortSignal; batchSize?: number; idleMs?: number } = {},
  ): Promise<void> {
    const { signal } = options;
    if (signal?.aborted) return;
    const batchSize = options.batchSize ?? 500;
    const idleMs = options.idleMs ?? 50;
    const subscription = this.client.subscribeToAll({
      fromPosition: toReadPosition(after),
      resolveLinkTos: false,
      filter: ourEventsFilter(),
    });
    const iterator = subscription[Symbol.asyncIterator]();
    let cursor = after;
    let pending: StoredEvent[] = [];
    let next: Promise<IteratorResult<AllStreamResolvedEvent>> | undefined;
    const flush = async () => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      await onBatch(batch);
    };
    try {
      while (!signal?.aborted) {
        next ??= iterator.next();
        const step = await raceIdle(next, idleMs, signal);
        if (step === IDLE) {
          if (!signal?.aborted) await flush();
          continue;
        }
        next = undefined;
        if (step.done) {
          if (signal?.aborted) break;
          throw new EventStoreUnavailableError(new Error('the KurrentDB subscription to $all ended'));
        }
        const recorded = step.value.event;
        if (!recorded || !isAfter(recorded.position, cursor)) continue;
        cursor = { transactionId: recorded.position.commit.toString(10), globalPosition: toSafeNumber(recorded.position.prepare, 'prepare position') };
        if (isSystemEvent(recorded)) continue;
        pending.push(toStoredEvent(recorded, this.upcasters));
        if (pending.length >= batchSize) await flush();
      }
      // Aborted: events taken but not yet handed over are dropped; the caller's
      // position is that of the last batch it saw, so it resumes from there.
    } catch (error) {
      throw mapClientError(error);
    } finally {
      next?.catch(() => undefined);
      await subscription.unsubscribe().catch(() => undefined);
    }
  }

  cached(): undefined {
    return undefined;
  }

  /** Reads the whole stream: this adapter keeps no folded states (yet). */
  async load<S, E extends NewEvent>(streamId: string, fold: Fold<S, E>): Promise<{ state: S; version: number }> {
    const events = await this.readStream<E>(streamId);
    return {
      state: events.reduce((s, e) => fold.evolve(s, { type: e.type, data: e.data } as E), fold.initialState()),
      version: events.length > 0 ? events[events.length - 1].streamVersion : 0,
    };
  }

  async handle<S, E extends NewEvent>(
    streamId: string,
    fold: Fold<S, E>,
    decide: (state: S, version: number) => E[],
    options: HandleOptions,
  ): Promise<HandleResult<E>> {
    const existing = await this.run(() => this.readRecorded(streamId, { requiresLeader: true }));
    if (options.idempotencyKey) {
      const done = this.findAppendedByKey(existing, options.idempotencyKey, options.metadata.commandFingerprint);
      if (done) return { ...done, events: [] };
      // The key's first event is on another stream: another command.
      if (await this.hasEventId(eventIdsFor(1, options.idempotencyKey)[0])) throw new IdempotencyKeyReusedError();
    }
    // KurrentDB cannot make an append wait on another stream's version: dependencies are
    // checked on a fresh read just before it (a narrow race the PostgreSQL adapter closes).
    for (const dependency of options.dependsOn ?? []) {
      dependency.check((await this.load(dependency.streamId, dependency.fold)).state);
    }
    const version = currentVersion(existing);
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
      throw new ConcurrencyError(streamId, options.expectedVersion, version);
    }
    const state = existing
      .map((r) => toStoredEvent(r, this.upcasters))
      .reduce((s, e) => fold.evolve(s, { type: e.type, data: e.data } as E), fold.initialState());
    const events = decide(state, version);
    if (events.length === 0) {
      return { nextVersion: version, firstPosition: 0, lastPosition: 0, duplicate: false, events };
    }
    const ids = eventIdsFor(events.length, options.idempotencyKey);
    const toAppend = events.map((event, i) => ({ eventId: ids[i], event }));
    const result = await this.run(() => this.appendChecked(streamId, toAppend, version, options.metadata, existing));
    return { ...result, events };
  }

  async head(): Promise<{ lastPosition: number; hold: LogHold }> {
    return this.run(async () => {
      let lastPosition = 0;
      for await (const resolved of this.client.readAll({
        fromPosition: END,
        direction: BACKWARDS,
        maxCount: 16,
        resolveLinkTos: false,
        filter: ourEventsFilter(),
      })) {
        const recorded = resolved.event;
        if (recorded && !isSystemEvent(recorded)) {
          lastPosition = toSafeNumber(recorded.position.prepare, 'prepare position');
          break;
        }
      }
      // $all has no late-commit gap (see the class comment): nothing is ever held back.
      return { lastPosition, hold: { heldEvents: 0 } };
    });
  }

  /*
   * The read side's log queries. KurrentDB has no index to count or look up by position,
   * time or type: each is a read of $all (forwards from a position, or backwards from the
   * end), stopped as soon as it has the answer. Where PostgreSQL answers from an index,
   * the cost here grows with the distance read; see each method.
   */

  /** Reads at most `atMost` (default 10,000) events after each position: beyond that, `atLeast`. */
  async countAfter(positions: readonly LogPosition[], options: { atMost?: number } = {}): Promise<EventsAfter[]> {
    const atMost = Math.max(1, options.atMost ?? 10_000);
    return this.run(() =>
      Promise.all(
        positions.map(async (after) => {
          let count = 0;
          let oldest: Date | undefined;
          let atLeast = false;
          for await (const recorded of this.ours(after, { pageSize: Math.min(atMost + 1, 4096) })) {
            if (count >= atMost) {
              atLeast = true;
              break;
            }
            count += 1;
            if (!oldest || recorded.created.getTime() < oldest.getTime()) oldest = recorded.created;
          }
          return { count, atLeast, oldestRecordedAt: oldest };
        }),
      ),
    );
  }

  /**
   * Reads $all backwards from the end down to the position: cheap for a recent write (what
   * read-your-writes asks about), a long read for an old one. (A read starting at the
   * position itself would be one step, but a server may refuse a position that is not an
   * event's, and this one comes from a request.) Our events' prepare positions follow
   * $all's order (single appends, no explicit transactions), so the read stops below it.
   */
  async positionAt(globalPosition: number): Promise<LogPosition | undefined> {
    if (!Number.isSafeInteger(globalPosition) || globalPosition <= 0) return undefined;
    return this.run(async () => {
      for await (const recorded of this.oursBackwards()) {
        const prepare = toSafeNumber(recorded.position.prepare, 'prepare position');
        if (prepare === globalPosition) return toLogPosition(recorded.position);
        if (prepare < globalPosition) return undefined;
      }
      return undefined;
    });
  }

  /** A read of $all forwards from `after`, filtered by type on the server: the first such event decides. */
  async hasEventOfTypes(types: readonly string[], after: LogPosition, upTo: LogPosition): Promise<boolean> {
    if (types.length === 0) return false;
    const filter = eventTypeFilter({ regex: `^(?:${types.map(escapeRegex).join('|')})$` });
    return this.run(async () => {
      for await (const recorded of this.ours(after, { pageSize: 16, filter })) {
        return comparePosition(recorded.position, toPosition(upTo)) <= 0;
      }
      return false;
    });
  }

  /**
   * Through the id's reservation stream (see kurrentdb-mapping.ts), then the stream that
   * owns the id: a reservation whose append then failed stores no event.
   */
  async hasEventId(eventId: string): Promise<boolean> {
    return this.run(async () => {
      const [reservation] = await this.readRecorded(reservationStreamOf(eventId), { maxCount: 1n });
      const owner = (reservation?.data as { streamId?: unknown } | undefined)?.streamId;
      if (typeof owner !== 'string') return false;
      return (await this.readRecorded(owner)).some((r) => r.id === eventId);
    });
  }

  /**
   * A scan of $all (KurrentDB cannot filter on event data): fine for a programme office's
   * log, linear in it. A deployment that outgrows it keeps a programme → streams read model.
   */
  async streamIdsByFirstEvent(field: string, value: string): Promise<string[]> {
    requirePlainFieldName(field);
    return this.run(async () => {
      const found: string[] = [];
      for await (const recorded of this.ours(LOG_START, { pageSize: 4096 })) {
        if (recorded.revision !== 0n) continue;
        const data = recorded.data as Record<string, unknown> | undefined;
        if (data && typeof data === 'object' && data[field] === value) found.push(recorded.streamId);
      }
      return found;
    });
  }

  /** The stream's last event, read backwards (one event). */
  async streamVersion(streamId: string): Promise<number> {
    return this.run(async () => {
      const [last] = await this.readRecorded(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1n });
      return last ? versionOfRevision(last.revision) : 0;
    });
  }

  /**
   * Reads $all backwards from the end to the first event recorded at or before `at`: the
   * cost grows with the events recorded since. ($all has no late-commit gap: every event
   * is visible.)
   */
  async lastPositionAt(at: Date): Promise<LogPosition | undefined> {
    return this.run(async () => {
      for await (const recorded of this.oursBackwards()) {
        if (recorded.created.getTime() <= at.getTime()) return toLogPosition(recorded.position);
      }
      return undefined;
    });
  }

  async readAllRaw(options: { after?: LogPosition; limit?: number } = {}): Promise<RawStoredEvent[]> {
    const limit = options.limit ?? 1000;
    if (limit <= 0) return [];
    return this.run(async () => {
      const out: RawStoredEvent[] = [];
      for await (const recorded of this.ours(options.after ?? LOG_START, { pageSize: limit })) {
        out.push(toRawStoredEvent(recorded));
        if (out.length >= limit) break;
      }
      return out;
    });
  }

  /** One read of $all forwards from the first position (inclusive) to the last: a batch is contiguous. */
  async readRawAt(positions: readonly LogPosition[]): Promise<RawStoredEvent[]> {
    if (positions.length === 0) return [];
    const wanted = new Set(positions.map((p) => `${p.transactionId}/${p.globalPosition}`));
    const sorted = [...positions].sort((a, b) => comparePosition(toPosition(a), toPosition(b)));
    const first = sorted[0];
    const last = toPosition(sorted[sorted.length - 1]);
    return this.run(async () => {
      const out: RawStoredEvent[] = [];
      for await (const recorded of this.ours(first, { pageSize: Math.min(positions.length + 1, 4096), inclusive: true })) {
        if (comparePosition(recorded.position, last) > 0) break;
        const position = toLogPosition(recorded.position);
        if (wanted.has(`${position.transactionId}/${position.globalPosition}`)) out.push(toRawStoredEvent(recorded));
        if (out.length === wanted.size) break;
      }
      return out;
    });
  }

  /**
   * Our events in $all strictly after `from` (or from it, `inclusive`), read page by page
   * until the caller stops. KurrentDB reads $all from a position inclusively: each page
   * asks for one more and drops what is not after the cursor.
   */
  private async *ours(
    from: LogPosition,
    options: { pageSize: number; filter?: Filter; inclusive?: boolean },
  ): AsyncGenerator<RecordedEvent & { position: Position }> {
    let cursor = from;
    let inclusive = options.inclusive === true && !isLogStart(from);
    const page = Math.max(1, options.pageSize) + 1;
    for (;;) {
      let seen = 0;
      for await (const resolved of this.client.readAll({
        fromPosition: toReadPosition(cursor),
        direction: FORWARDS,
        maxCount: page,
        resolveLinkTos: false,
        filter: options.filter ?? ourEventsFilter(),
      })) {
        seen += 1;
        const recorded = resolved.event;
        if (!recorded) continue;
        const at = recorded.position;
        if (inclusive ? comparePosition(at, toPosition(cursor)) < 0 : !isAfter(at, cursor)) continue;
        inclusive = false;
        cursor = toLogPosition(at);
        if (isSystemEvent(recorded)) continue;
        yield recorded as RecordedEvent & { position: Position };
      }
      if (seen < page) return;
    }
  }

  /** Our events in $all from the end backwards, page by page, until the caller stops. */
  private async *oursBackwards(pageSize = 256): AsyncGenerator<RecordedEvent & { position: Position }> {
    let from: Position | typeof END = END;
    let skip: Position | undefined;
    for (;;) {
      let seen = 0;
      const reading: AsyncIterableIterator<AllStreamResolvedEvent> = this.client.readAll({
        fromPosition: from,
        direction: BACKWARDS,
        maxCount: pageSize + 1,
        resolveLinkTos: false,
        filter: ourEventsFilter(),
      });
      for await (const resolved of reading) {
        seen += 1;
        const recorded: RecordedEvent | undefined = resolved.event;
        if (!recorded?.position) continue;
        // A backwards read from a position includes it: that event was yielded already.
        if (skip && comparePosition(recorded.position, skip) >= 0) continue;
        from = recorded.position;
        if (isSystemEvent(recorded)) continue;
        yield recorded as RecordedEvent & { position: Position };
      }
      if (seen < pageSize + 1 || from === END) return;
      skip = from;
    }
  }

  async close(): Promise<void> {
    if (this.ownsClient) await this.client.dispose();
  }

  /** The append proper; `known` is the stream as just read, when the caller has it. */
  private async appendChecked(
    streamId: string,
    events: EventToAppend[],
    expected: ExpectedVersion,
    metadata: EventMetadata,
    known?: RecordedEvent[],
  ): Promise<AppendResult> {
    const ids = events.map((e) => e.eventId);
    const appendId = randomUUID();
    const data = events.map((e) =>
      toEventData(e, metadata, e.schemaVersion ?? this.upcasters.currentVersion(e.event.type), appendId),
    );
    const exact = typeof expected === 'number' || expected === 'no-stream';
    let existing = known ?? (await this.readRecorded(streamId, { requiresLeader: true }));
    let reserved = false;
    for (let attempt = 1; ; attempt++) {
      // An id already on this stream: an idempotent retry, whatever it expects.
      const stored = duplicateOf(existing, ids);
      if (stored) return stored;
      const current = currentVersion(existing);
      if (expected === 'stream-exists' && current === 0) throw new ConcurrencyError(streamId, expected, 0);
      // Bound to conflict as the stream stands: say so before reserving anything.
      // (KurrentDB still checks the expected revision itself when appending.)
      if (exact && current !== (expected === 'no-stream' ? 0 : expected)) throw new ConcurrencyError(streamId, expected, current);
      if (!reserved) {
        await this.reserveIds(streamId, ids);
        reserved = true;
      }
      try {
        const result = await this.client.appendToStream(streamId, data, {
          streamState: exact ? toStreamState(expected) : toStreamState(current),
        });
        if (result.success === false) throw conflictOf(result);
        return await this.readBack(streamId, result.nextExpectedRevision, events.length, appendId);
      } catch (error) {
        if (!isWrongExpectedVersion(error)) throw error;
        existing = await this.readRecorded(streamId, { requiresLeader: true });
        // An identical retry may have stored these very events first: that is success.
        const raced = duplicateOf(existing, ids);
        if (raced) return raced;
        if (exact) throw toConcurrencyError(streamId, expected, error, currentVersion(existing));
        if (attempt >= this.maxAppendAttempts) throw new ConcurrencyError(streamId, expected, currentVersion(existing));
        // `any` / `stream-exists` lost a race with another writer: go round with the
        // stream as it is now, after a short random pause so racers spread out.
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, attempt * 2)));
      }
    }
  }

  /**
   * Reserves each event id for this stream (see kurrentdb-mapping.ts): refuses an
   * id that another stream owns, before anything of the batch is written.
   */
  private async reserveIds(streamId: string, ids: readonly string[]): Promise<void> {
    await Promise.all(
      ids.map(async (eventId) => {
        const reservation = reservationStreamOf(eventId);
        try {
          const result = await this.client.appendToStream(reservation, [reservationEventOf(eventId, streamId)], { streamState: NO_STREAM });
          if (result.success === false) throw conflictOf(result);
        } catch (error) {
          if (!isWrongExpectedVersion(error)) throw error;
          const [owner] = await this.readRecorded(reservation, { maxCount: 1n, requiresLeader: true });
          const ownerStream = (owner?.data as { streamId?: unknown } | undefined)?.streamId;
          if (ownerStream !== streamId) throw new EventIdTakenError(eventId, streamId, String(ownerStream ?? 'unknown'));
        }
      }),
    );
  }

  /**
   * Positions of the `count` events just appended, ending at revision `last`. When
   * they carry another append's id, KurrentDB folded this append into an identical
   * one that got there first: the same write, reported as a duplicate.
   */
  private async readBack(streamId: string, last: bigint, count: number, appendId: string): Promise<AppendResult> {
    const first = last - BigInt(count) + 1n;
    const written = await this.readRecorded(streamId, { fromRevision: first, maxCount: BigInt(count), requiresLeader: true });
    if (written.length !== count) {
      throw new Error(`KurrentDB read back ${written.length} of ${count} events appended to ${streamId}`);
    }
    return {
      nextVersion: versionOfRevision(last),
      firstPosition: toSafeNumber(positionOfRecorded(written[0]).prepare, 'prepare position'),
      lastPosition: toSafeNumber(positionOfRecorded(written[count - 1]).prepare, 'prepare position'),
      duplicate: written.some((r) => fromStoredMetadata(r.metadata).appendId !== appendId),
    };
  }

  /** The earlier append of a command with this idempotency key, if the stream holds it. */
  private findAppendedByKey(existing: RecordedEvent[], key: string, fingerprint?: string): AppendResult | undefined {
    const firstId = eventIdsFor(1, key)[0];
    const start = existing.findIndex((r) => r.id === firstId);
    if (start < 0) return undefined;
    const stored = fromStoredMetadata(existing[start].metadata).metadata.commandFingerprint;
    if (!sameCommand({ streamId: existing[start].streamId, fingerprint: stored }, existing[start].streamId, fingerprint)) throw new IdempotencyKeyReusedError();
    const ids = eventIdsFor(existing.length - start, key);
    let end = start;
    while (end + 1 < existing.length && existing[end + 1].id === ids[end + 1 - start]) end++;
    return duplicateOf(existing.slice(start, end + 1), ids.slice(0, end + 1 - start));
  }

  /** The recorded events of a stream (none when it does not exist), in revision order. */
  private async readRecorded(streamId: string, options: KurrentReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, { direction: FORWARDS, resolveLinkTos: false, ...options })) {
        if (resolved.event) out.push(resolved.event);
      }
    } catch (error) {
      if ((error as { type?: string }).type === STREAM_NOT_FOUND) return [];
      throw error;
    }
    return out;
  }

  private async run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw mapClientError(error);
    }
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A conflict reported as a result (a client built with throwOnAppendFailure=false) → the error the client throws otherwise. */
function conflictOf(result: KurrentAppendResult): Error {
  return Object.assign(new Error('wrong expected version'), {
    type: 'wrong-expected-version',
    actualState: result.nextExpectedRevision < 0n ? NO_STREAM : result.nextExpectedRevision,
  });
}

/** Refuses a batch that cannot be stored atomically as given: empty, or one event id twice. */
function checkBatch(events: EventToAppend[]): void {
  if (events.length === 0) throw new Error('append needs at least one event');
  const ids = new Set<string>();
  for (const e of events) {
    if (ids.has(e.eventId)) throw new Error(`event id ${e.eventId} appears twice in one batch; nothing was stored`);
    ids.add(e.eventId);
  }
}

/** The stream's version: the last event's revision + 1, 0 for no stream. */
export function currentVersion(existing: readonly RecordedEvent[]): number {
  return existing.length === 0 ? 0 : versionOfRevision(existing[existing.length - 1].revision);
}

/**
 * When any of these event ids is already in the stream: the result of the
 * original append (its last version and the positions of its events), marked
 * as a duplicate. Like the PostgreSQL adapter, one id found is enough.
 */
export function duplicateOf(existing: readonly RecordedEvent[], ids: readonly string[]): AppendResult | undefined {
  const wanted = new Set(ids);
  const found = existing.filter((r) => wanted.has(r.id));
  if (found.length === 0) return undefined;
  const prepares = found.map((r) => toSafeNumber(positionOfRecorded(r).prepare, 'prepare position'));
  return {
    nextVersion: Math.max(...found.map((r) => versionOfRevision(r.revision))),
    firstPosition: Math.min(...prepares),
    lastPosition: Math.max(...prepares),
    duplicate: true,
  };
}

const IDLE = Symbol('idle');

/** The next subscription item, or IDLE after `ms` without one (or at once when aborted). */
function raceIdle<T>(next: Promise<T>, ms: number, signal?: AbortSignal): Promise<T | typeof IDLE> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      resolve(IDLE);
    };
    const timer = setTimeout(onAbort, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    next.then(
      (value) => {
        done();
        resolve(value);
      },
      (error: unknown) => {
        done();
        reject(error);
      },
    );
  });
}

export type { Position as KurrentPosition };
