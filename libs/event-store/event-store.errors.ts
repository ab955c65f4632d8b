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

/** The event store cannot be reached: the caller may retry later. */
export class EventStoreUnavailableError extends Error {
  readonly code = 'EVENT_STORE_UNAVAILABLE';
  constructor(cause: unknown) {
    super('The event store is unavailable; try again shortly.');
    this.name = 'EventStoreUnavailableError';
    (this as { cause?: unknown }).cause = cause;
  }
}
