import { seedStateOf, type SeedState } from '@ledger/seed';
import type { EventStore } from '@ledger/platform/event-store';

/**
 * Whether the first start's demo seed is still being recorded, read from the store (so every
 * replica answers alike, and a seed a killed start left half-done reads as in progress until
 * a later start finishes it). Stored events are never removed: "complete" is for good, and so
 * is "none" once the store holds events (a seed begins only on an empty store).
 */
export class SeedProgress {
  private settled: SeedState | undefined;

  constructor(private readonly store: EventStore) {}

  async state(lastPosition: number): Promise<SeedState> {
    if (this.settled) return this.settled;
    const state = await seedStateOf((id) => this.store.hasEventId(id));
    if (state === 'complete' || (state === 'none' && lastPosition > 0)) this.settled = state;
    return state;
  }
}
