import { createHash } from 'node:crypto';
import {
  ANY,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  jsonEvent,
  streamNameFilter,
  type AppendStreamState,
  type CurrentStreamState,
  type EventData,
  type Position,
  type ReadPosition,
  type RecordedEvent,
} from '@kurrent/kurrentdb-client';
import { ConcurrencyError, EventStoreUnavailableError } from '../event-store.errors';
import {
  LOG_START,
  type EventMetadata,
  type EventToAppend,
  type ExpectedVersion,
  type LogPosition,
  type RawStoredEvent,
  type StoredEvent,
} from '../event-store.port';
import type { UpcasterRegistry } from '../upcasters';

/*
 * Pure mappings between the EventStore port and KurrentDB, kept apart from the
 * adapter so that they are unit-tested without a server.
 *
 * Versions. Our streams are 1-based and count events: version N is the N-th
 * event, version 0 is "no events yet". KurrentDB numbers events from 0 (the
 * "revision"). So version N ⇔ revision N-1, and an expected version of 0 is
 * KurrentDB's NO_STREAM.
 *
 * Positions. A KurrentDB $all position is a pair of unsigned 64-bit numbers
 * (commit, prepare); $all is ordered by it. Our LogPosition keeps both exactly:
 *   transactionId  = the commit position as a decimal string (the events of one
 *                    append share it, as the rows of one transaction share
 *                    their transaction id on PostgreSQL; it fits the xid8
 *                    column of projection_checkpoints unchanged);
 *   globalPosition = the prepare position, distinct for every event.
 * A JavaScript number is exact only up to 2^53, so the prepare position is
 * exact for a transaction log up to 8 PiB. Past that the adapter refuses to
 * read (PositionOutOfRangeError) rather than round a position, which could
 * make a reader skip or repeat an event.
 */

/** The metadata keys this adapter owns in an event's metadata JSON (stripped again when read). */
export const SCHEMA_VERSION_KEY = 'schemaVersion';
/**
 * A random id per append attempt, the same on every event it writes. KurrentDB
 * answers an identical retry (same ids, same expected revision) with plain
 * success, as if it had written it; reading the events back and comparing this id
 * tells the writer that stored them from a retry that was folded into them.
 */
export const APPEND_ID_KEY = 'appendId';
/** KurrentDB's own correlation keys, which its system projections ($by_correlation_id) read. */
const KURRENT_KEYS = ['$correlationId', '$causationId'] as const;

/** Our expected version → KurrentDB's expected stream state. */
export function toStreamState(expected: ExpectedVersion): AppendStreamState {
  switch (expected) {
    case 'no-stream':
      return NO_STREAM;
    case 'stream-exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) {
        throw new RangeError(`Expected version must be a whole number >= 0, got ${String(expected)}`);
      }
      return expected === 0 ? NO_STREAM : BigInt(expected - 1);
  }
}

/** A KurrentDB revision (0-based) → our 1-based stream version. */
export function versionOfRevision(revision: bigint): number {
  return toSafeNumber(revision + 1n, 'stream revision');
}

/** KurrentDB's current stream state (as in a WrongExpectedVersionError) → our version: 0 for no stream. */
export function versionOfState(state: CurrentStreamState | undefined): number | undefined {
  if (state === NO_STREAM) return 0;
  if (typeof state === 'bigint') return state < 0n ? 0 : versionOfRevision(state);
  return undefined;
}

/** True for KurrentDB's "the stream was not at the expected revision". */
export function isWrongExpectedVersion(error: unknown): error is { actualState?: CurrentStreamState } {
  const e = error as { type?: string; name?: string } | undefined;
  return e?.type === 'wrong-expected-version' || e?.name === 'WrongExpectedVersionError';
}

/** KurrentDB's refusal → our ConcurrencyError, with the actual version in our 1-based terms. */
export function toConcurrencyError(
  streamId: string,
  expected: ExpectedVersion,
  error: { actualState?: CurrentStreamState },
  fallbackActual: number,
): ConcurrencyError {
  return new ConcurrencyError(streamId, expected, versionOfState(error.actualState) ?? fallbackActual);
}

/** gRPC status codes that mean "the server is not there right now". */
const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;
const UNAVAILABLE_TYPES = new Set(['unavailable', 'deadline-exceeded', 'timeout', 'not-leader']);

/**
 * Errors that mean "KurrentDB cannot be reached now; try again": UNAVAILABLE
 * (no connection, node down), a deadline exceeded, and NOT_LEADER (a cluster
 * electing a leader). The client reports these either as its own error classes
 * (with `type`) or, before it has discovered the server, as a raw gRPC error
 * (with `code`).
 */
export function isUnavailable(error: unknown): boolean {
  const e = error as { type?: string; code?: unknown; name?: string; message?: string } | undefined;
  if (!e) return false;
  if (e.type !== undefined && UNAVAILABLE_TYPES.has(e.type)) return true;
  if (e.code === GRPC_UNAVAILABLE || e.code === GRPC_DEADLINE_EXCEEDED) return true;
  return e.name === 'UnavailableError' || /\bUNAVAILABLE\b|ECONNREFUSED|No connection established/.test(e.message ?? '');
}

/** Maps a client error to the port's errors (unavailable → EventStoreUnavailableError); others pass through. */
export function mapClientError(error: unknown): unknown {
  if (error instanceof EventStoreUnavailableError || error instanceof ConcurrencyError) return error;
  return isUnavailable(error) ? new EventStoreUnavailableError(error) : error;
}

/**
 * One event to append → KurrentDB's EventData. The event id is our event id, so
 * KurrentDB's own idempotence applies too; the metadata JSON holds our
 * EventMetadata, the schema version, and KurrentDB's `$correlationId` /
 * `$causationId` so its tooling can follow them.
 */
export function toEventData(event: EventToAppend, metadata: EventMetadata, schemaVersion: number, appendId?: string): EventData {
  const stored: Record<string, unknown> = { ...metadata, [SCHEMA_VERSION_KEY]: schemaVersion };
  if (appendId !== undefined) stored[APPEND_ID_KEY] = appendId;
  stored.$correlationId = metadata.correlationId;
  if (metadata.causationId !== undefined) stored.$causationId = metadata.causationId;
  return jsonEvent({
    id: event.eventId,
    type: event.event.type,
    data: (event.event.data ?? {}) as Record<string, unknown>,
    metadata: stored,
  });
}

/** Splits a stored metadata JSON back into our EventMetadata, the schema version (1 when absent) and the append id. */
export function fromStoredMetadata(raw: unknown): { metadata: EventMetadata; schemaVersion: number; appendId?: string } {
  if (raw === null || typeof raw !== 'object' || raw instanceof Uint8Array) {
    return { metadata: {} as EventMetadata, schemaVersion: 1 };
  }
  const rest: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const version = rest[SCHEMA_VERSION_KEY];
  const appendId = rest[APPEND_ID_KEY];
  delete rest[SCHEMA_VERSION_KEY];
  delete rest[APPEND_ID_KEY];
  for (const key of KURRENT_KEYS) delete rest[key];
  return {
    metadata: rest as EventMetadata,
    schemaVersion: typeof version === 'number' && Number.isSafeInteger(version) && version >= 1 ? version : 1,
    appendId: typeof appendId === 'string' ? appendId : undefined,
  };
}

/*
 * Event ids are unique across the whole store on PostgreSQL (a unique index), and
 * the contract asks the same of every adapter: an id stored on one stream is
 * refused on another. KurrentDB checks ids per stream only, so the adapter keeps a
 * reservation stream per event id, `ledger-event-id-<id>`, written with NO_STREAM
 * before the events themselves (KurrentDB's own optimistic concurrency makes it a
 * unique constraint). Its one event names the stream that owns the id, and its own
 * id is derived from (event id, stream), so a retry on the same stream re-reserves
 * idempotently while another stream gets WrongExpectedVersion.
 */
export const RESERVATION_STREAM_PREFIX = 'ledger-event-id-';
export const RESERVATION_EVENT_TYPE = 'LedgerEventIdReserved';

export function reservationStreamOf(eventId: string): string {
  return `${RESERVATION_STREAM_PREFIX}${eventId}`;
}

/** The reservation event for `eventId` on `streamId`: its id is a UUID derived from both. */
export function reservationEventOf(eventId: string, streamId: string): EventData {
  const hex = createHash('sha256').update(`${eventId}\u0000${streamId}`).digest('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return jsonEvent({ id, type: RESERVATION_EVENT_TYPE, data: { eventId, streamId } });
}

/** An event id already stored (or reserved) on another stream: nothing of the batch was written. */
export class EventIdTakenError extends Error {
  readonly code = 'EVENT_ID_TAKEN';
  constructor(
    readonly eventId: string,
    readonly streamId: string,
    readonly ownerStreamId: string,
  ) {
    super(`Event id ${eventId} already belongs to stream ${ownerStreamId}; it cannot be appended to ${streamId}. Nothing was written.`);
    this.name = 'EventIdTakenError';
  }
}

/** A KurrentDB recorded event → our StoredEvent (upcast to the current schema version). */
export function toStoredEvent(recorded: RecordedEvent, upcasters: UpcasterRegistry): StoredEvent {
  const position = positionOfRecorded(recorded);
  const { metadata, schemaVersion: storedVersion } = fromStoredMetadata(recorded.metadata);
  const { data, schemaVersion } = upcasters.upcast(recorded.type, storedVersion, recorded.data);
  return {
    eventId: recorded.id,
    type: recorded.type,
    data,
    schemaVersion,
    streamId: recorded.streamId,
    streamVersion: versionOfRevision(recorded.revision),
    ...toLogPosition(position),
    recordedAt: recorded.created,
    metadata,
  };
}

/**
 * A KurrentDB recorded event → the port's RawStoredEvent: never upcast, the schema version
 * it was stored with, our metadata (the adapter's own keys left out, as on every read),
 * and its time with microseconds. The client gives the time to the millisecond, so the
 * last three digits are always 0 (KurrentDB itself keeps 100 ns ticks).
 */
export function toRawStoredEvent(recorded: RecordedEvent): RawStoredEvent {
  const { metadata, schemaVersion } = fromStoredMetadata(recorded.metadata);
  return {
    eventId: recorded.id,
    type: recorded.type,
    data: recorded.data,
    schemaVersion,
    streamId: recorded.streamId,
    streamVersion: versionOfRevision(recorded.revision),
    ...toLogPosition(positionOfRecorded(recorded)),
    recordedAt: recorded.created.toISOString().replace(/Z$/, '000Z'),
    metadata,
  };
}

/** The $all position of a recorded event; stream reads carry it on KurrentDB/EventStoreDB 22.6 and later. */
export function positionOfRecorded(recorded: RecordedEvent): Position {
  if (!recorded.position) {
    throw new Error(
      `KurrentDB returned event ${recorded.id} of ${recorded.streamId} without its log position: the server must be 22.6 or later`,
    );
  }
  return recorded.position;
}

/** A KurrentDB position → our LogPosition (see the note at the top of this file). */
export function toLogPosition(position: Position): LogPosition {
  return { transactionId: position.commit.toString(10), globalPosition: toSafeNumber(position.prepare, 'prepare position') };
}

export function isLogStart(p: LogPosition): boolean {
  return p.transactionId === LOG_START.transactionId && p.globalPosition === LOG_START.globalPosition;
}

/** Our LogPosition → the KurrentDB position it names (LOG_START → 0/0). */
export function toPosition(p: LogPosition): Position {
  return { commit: BigInt(p.transactionId), prepare: BigInt(p.globalPosition) };
}

/** Our LogPosition → where KurrentDB starts reading $all (the start for LOG_START). */
export function toReadPosition(after: LogPosition): ReadPosition {
  return isLogStart(after) ? START : toPosition(after);
}

/** Orders two KurrentDB positions as $all does: by commit, then prepare. */
export function comparePosition(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** True when `position` comes strictly after our LogPosition `after` (reads resume strictly after it). */
export function isAfter(position: Position, after: LogPosition): boolean {
  return isLogStart(after) || comparePosition(position, toPosition(after)) > 0;
}

/**
 * Not one of our events: KurrentDB's own records ($-prefixed types such as
 * $metadata, link events `$>`, anything in a $-stream) and the id reservations.
 */
export function isSystemEvent(recorded: { type: string; streamId: string }): boolean {
  return (
    recorded.type.startsWith('$') ||
    recorded.streamId.startsWith('$') ||
    recorded.streamId.startsWith(RESERVATION_STREAM_PREFIX)
  );
}

/**
 * The server-side filter for reads of $all: stream names that neither start with
 * `$` (KurrentDB's own streams) nor are id reservations. Matched by KurrentDB (.NET
 * regular expressions, which have negative look-ahead).
 */
export const OUR_STREAMS_REGEX = `^(?!\\$|${RESERVATION_STREAM_PREFIX})`;
export function ourEventsFilter() {
  return streamNameFilter({ regex: OUR_STREAMS_REGEX });
}

/** A position or revision that no longer fits a JavaScript number exactly. */
export class PositionOutOfRangeError extends Error {
  constructor(what: string, value: bigint) {
    super(`KurrentDB ${what} ${value} is beyond 2^53 and cannot be represented exactly in this port`);
    this.name = 'PositionOutOfRangeError';
  }
}

export function toSafeNumber(value: bigint, what: string): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) throw new PositionOutOfRangeError(what, value);
  return Number(value);
}
