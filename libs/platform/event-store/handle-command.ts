import { ConcurrencyError } from './event-store.errors';
import type { EventStore, Fold, HandleOptions, HandleResult, NewEvent } from './event-store.port';

/** How often a command without a pinned version is decided again after losing a race. */
export const COMMAND_ATTEMPTS = 5;

/**
 * The one command-handling path: load the stream, decide, append with the expected version
 * and the versions of the streams it depends on (the store's `handle`). The one retry policy:
 * a conflict (the stream or a dependency moved) is decided again on fresh state, at most
 * COMMAND_ATTEMPTS times in all, unless the caller pinned the version it saw (If-Match),
 * which is never retried: that caller must see the change first.
 */
export async function handleCommand<S, E extends NewEvent>(
  store: EventStore,
  streamId: string,
  fold: Fold<S, E>,
  decide: (state: S, version: number) => E[],
  options: HandleOptions,
): Promise<HandleResult<E>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.handle(streamId, fold, decide, options);
    } catch (error) {
      const retry =
        error instanceof ConcurrencyError &&
        options.expectedVersion === undefined &&
        attempt < COMMAND_ATTEMPTS;
      if (!retry) throw error;
    }
  }
}
