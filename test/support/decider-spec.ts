import {
  type Decider,
  type DomainCommand,
  DomainError,
  type DomainErrorCode,
  type DomainErrorKind,
  type DomainEvent,
} from '@ledger/kernel';
// Frozen inputs make any mutation inside decide/evolve throw, so purity is tested for free.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

function fold<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  events: readonly E[],
): S {
  return events.reduce(
    (state, event) => deepFreeze(decider.evolve(state, deepFreeze(event))),
    deepFreeze(decider.initialState()),
  );
}

/**
 * Given/when/then for a decider:
 *
 *   given([ProposalRegistered]).when(AgreeProposal).then([ProposalAgreed]);
 *   given([]).when(AgreeProposal).thenThrows('PROPOSAL_NOT_FOUND');
 *   given([...]).thenState(expect.objectContaining({ status: 'agreed' }));
 */
export function deciderSpec<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
) {
  return {
    given(events: E[]) {
      return {
        thenState(expected: unknown): void {
          expect(fold(decider, events)).toEqual(expected);
        },
        when(command: C) {
          const run = (): E[] => decider.decide(deepFreeze(command), fold(decider, events));
          return {
            then(expected: E[]): void {
              const produced = run();
              expect(produced).toEqual(expected);
              // The new events must fold cleanly onto the state they were decided from.
              fold(decider, [...events, ...produced]);
            },
            thenThrows(code: DomainErrorCode, kind?: DomainErrorKind): DomainError {
              let caught: unknown;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              expect(caught).toBeInstanceOf(DomainError);
              const error = caught as DomainError;
              expect({ code: error.code, message: error.message }).toEqual({
                code,
                message: expect.any(String),
              });
              if (kind !== undefined) expect(error.kind).toBe(kind);
              return error;
            },
          };
        },
      };
    },
  };
}

/** The command (or event) with some of its data changed: a case that differs from a fixture in a field or two. */
export function amend<M extends { type: string; data: object }>(message: M, changes: Record<string, unknown>): M {
  return { ...message, data: { ...message.data, ...changes } };
}
