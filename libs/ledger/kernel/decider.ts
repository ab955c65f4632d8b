/** An event: a plain object whose `type` is its past-tense name. */
export type DomainEvent<T extends string = string, D = unknown> = {
  readonly type: T;
  readonly data: D;
};

/** A command: a plain object whose `type` is its imperative name. */
export type DomainCommand<T extends string = string, D = unknown> = {
  readonly type: T;
  readonly data: D;
};

/**
 * A pure decision model for one aggregate: `decide` turns a command and the current state into
 * new events (or throws a `DomainError`), `evolve` folds one event into the state.
 */
export interface Decider<C extends DomainCommand, E extends DomainEvent, S> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState: () => S;
}

/** Folds a stream's events into the decider's state. */
export function foldEvents<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  events: readonly E[],
): S {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}
