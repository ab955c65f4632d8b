import { ConcurrencyError, type EventStore, type HandleResult } from '@ledger/event-store';
import type { Decider, DomainCommand, DomainEvent } from '@ledger/domain';
import type { CommandContext } from './command-context';

/**
 * Runs one domain command against its stream: read, fold, decide, append with the
 * expected version. When the caller did not pin a version (no If-Match), a race
 * with another writer is retried on fresh state; a pinned version is never retried.
 */
export async function decideOnStream<C extends DomainCommand, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
): Promise<HandleResult<E>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.handle(streamId, decider, (state) => decider.decide(command, state), context);
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || context.expectedVersion !== undefined || attempt >= 5) throw error;
    }
  }
}

/** The current state of another aggregate, for rules that look across streams. */
export async function loadState<C extends DomainCommand, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
): Promise<{ state: S; version: number }> {
  const events = await store.readStream<E>(streamId);
  return {
    state: events.reduce((s, e) => decider.evolve(s, { type: e.type, data: e.data } as E), decider.initialState()),
    version: events.length ? events[events.length - 1].streamVersion : 0,
  };
}
