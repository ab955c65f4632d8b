import { requireObject, unknownCommand } from './assert';
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

/** One function per command type; the mapped type makes the table exhaustive. */
export type CommandHandlers<C extends DomainCommand, E extends DomainEvent, S> = {
  readonly [T in C['type']]: (command: Extract<C, { type: T }>, state: S) => E[];
};

/** One function per event type (`keep` for an event that leaves the state as it is). */
export type EventAppliers<E extends DomainEvent, S> = {
  readonly [T in E['type']]: (state: S, event: Extract<E, { type: T }>) => S;
};

/** An event that does not change the decider's state. */
export const keep = <S>(state: S): S => state;

/**
 * Builds a decider from its tables: `decide` refuses a command without a data object or of an
 * unknown type, then hands it to its function; `evolve` ignores an event it has no entry for.
 */
export function deciderOf<C extends DomainCommand, E extends DomainEvent, S>(parts: {
  initialState: () => S;
  evolve: EventAppliers<E, S>;
  decide: CommandHandlers<C, E, S>;
}): Decider<C, E, S> {
  const appliers = parts.evolve as unknown as Record<string, (state: S, event: E) => S>;
  const handlers = parts.decide as unknown as Record<string, (command: C, state: S) => E[]>;
  return {
    initialState: parts.initialState,
    evolve: (state, event) =>
      Object.hasOwn(appliers, event.type) ? appliers[event.type](state, event) : state,
    decide(command, state) {
      requireObject(command?.data, 'data');
      if (!Object.hasOwn(handlers, command.type)) return unknownCommand(command);
      return handlers[command.type](command, state);
    },
  };
}

/** The list of a union's `type` names, from a record that must name each one exactly once. */
export function typeNames<T extends string>(names: Record<T, true>): T[] {
  return Object.keys(names) as T[];
}

/**
 * A command's data declared from its event's: the same fields, minus what the decider derives
 * (`Derived`), with the `Optional` ones allowed to be left out.
 */
export type CommandData<D, Derived extends keyof D = never, Optional extends keyof D = never> = Omit<
  D,
  Derived | Optional
> & { [K in Optional]?: D[K] };

/** A decider's state read from its first event: each field null until that event is folded. */
export type UntilRecorded<T> = { readonly [K in keyof T]: T[K] | null };
