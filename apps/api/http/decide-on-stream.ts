import { ConcurrencyError, type EventStore, type HandleResult } from '@ledger/platform/event-store';
import type { Decider, DomainCommand, DomainEvent } from '@ledger/kernel';
import type { CommandContext } from './command-context';

/**
 * Runs one domain command against its stream: fold, decide, append with the expected
 * version (the store's `handle`). `check` runs on the same state before the decision,
 * for what the path asserts about the stream (e.g. whose benefit it is). When the caller
 * did not pin a version (no If-Match), a race with another writer is retried on fresh
 * state; a pinned version is never retried.
 */
export async function decideOnStream<C extends DomainCommand, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
  check?: (state: S) => void,
): Promise<HandleResult<E>> {
  const decide = (state: S) => {
    check?.(state);
    return decider.decide(command, state);
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.handle(streamId, decider, decide, context);
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || context.expectedVersion !== undefined || attempt >= 5) throw error;
    }
  }
}
