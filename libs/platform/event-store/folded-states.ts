import type { Fold, NewEvent } from './event-store.port';

/** A stream folded up to a version. */
export interface FoldedState<S> {
  state: S;
  version: number;
}

interface Entry {
  fold: Fold<unknown, never>;
  state: unknown;
  version: number;
}

/**
 * The states this process last folded, per stream, so a command need not read and fold
 * its stream's whole history again. A cached state may be behind the stream (another
 * process wrote since): never wrong, only old, because stored events are never changed
 * or removed. Whoever uses one must prove it current — by appending at its version
 * (the store refuses a stale one) or by reading the events after it. States are
 * immutable (deciders' evolve returns a new state), so one can be shared.
 * Keeps the `capacity` most recently used streams.
 */
export class FoldedStates {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 5_000) {}

  get<S, E extends NewEvent>(streamId: string, fold: Fold<S, E>): FoldedState<S> | undefined {
    const entry = this.entries.get(streamId);
    // A stream folded by another fold (a different view of it) is not this one's state.
    if (entry === undefined || entry.fold !== (fold as unknown)) return undefined;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return { state: entry.state as S, version: entry.version };
  }

  /** Keeps the state unless one of a later version is already kept (commands finish out of order). */
  set<S, E extends NewEvent>(streamId: string, fold: Fold<S, E>, folded: FoldedState<S>): void {
    const entry = this.entries.get(streamId);
    if (entry !== undefined && entry.fold === (fold as unknown) && entry.version >= folded.version) return;
    this.entries.delete(streamId);
    if (this.entries.size >= this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    this.entries.set(streamId, { fold: fold as Fold<unknown, never>, state: folded.state, version: folded.version });
  }

  get size(): number {
    return this.entries.size;
  }
}
