import type { ExpectedVersion } from './event-store.port';

/** The stream was not at the version the writer expected: nothing was written. */
export class ConcurrencyError extends Error {
  readonly code = 'STREAM_VERSION_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(
      `Stream ${streamId} is at version ${actual}, but version ${String(expected)} was expected; someone else changed it first.`,
    );
    this.name = 'ConcurrencyError';
  }
}

/**
 * A stream the decision relied on (HandleOptions.dependsOn) moved before the append:
 * nothing was written. `handle` decides again on the new state before this reaches a caller.
 */
export class DependencyChangedError extends ConcurrencyError {
  constructor(streamId: string, expected: number) {
    super(streamId, expected, expected + 1);
    this.message = `Stream ${streamId} changed after version ${expected}, which the decision relied on; nothing was written.`;
    this.name = 'DependencyChangedError';
  }
}

/**
 * An idempotency key already recorded a different command (another stream, or another
 * commandFingerprint): nothing was written. A retry must repeat the command exactly.
 */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  override readonly name = 'IdempotencyKeyReusedError';
  constructor() {
    super('This Idempotency-Key was already used for a different command (another route or body); nothing was recorded. Use a new key for a new command.');
  }
}

/** Whether an event stored under an idempotency key answers a command on `streamId` with `fingerprint`. */
export function sameCommand(stored: { streamId: string; fingerprint?: unknown }, streamId: string, fingerprint: string | undefined): boolean {
  if (stored.streamId !== streamId) return false;
  // Events stored before fingerprints were kept, or by callers without one, match as before.
  return typeof stored.fingerprint !== 'string' || fingerprint === undefined || stored.fingerprint === fingerprint;
}

/**
 * The database did not answer a query in time (a frozen or overloaded server). Unlike
 * an unreachable one, a write may still have been stored: the caller should retry with
 * the same idempotency key, which stores it once.
 */
export class EventStoreTimeoutError extends Error {
  readonly code = 'EVENT_STORE_TIMEOUT';
  override readonly name = 'EventStoreTimeoutError';
  constructor(cause: unknown) {
    super('The event store did not answer in time; a write may or may not have been stored.', { cause });
  }
}

/** The event store cannot be reached: the caller may retry later. */
export class EventStoreUnavailableError extends Error {
  readonly code = 'EVENT_STORE_UNAVAILABLE';
  override readonly name = 'EventStoreUnavailableError';
  constructor(cause: unknown) {
    super('The event store is unavailable; try again shortly.', { cause });
  }
}

/**
 * A data property name as the log queries take it (streamIdsByFirstEvent): letters, digits
 * and underscores. PostgreSQL puts it into the SQL as a literal, so nothing else may pass.
 */
export function requirePlainFieldName(field: string): void {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,62}$/.test(field)) throw new RangeError(`streamIdsByFirstEvent: "${field}" is not a plain property name`);
}
