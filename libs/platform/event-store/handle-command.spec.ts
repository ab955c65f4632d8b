import { ConcurrencyError, DependencyChangedError } from './event-store.errors';
import type { EventStore, HandleOptions, HandleResult } from './event-store.port';
import { COMMAND_ATTEMPTS, handleCommand } from './handle-command';

/** A store whose `handle` loses the race `conflicts` times, then stores the decision. */
function storeLosing(
  conflicts: number,
  error: () => Error = () => new ConcurrencyError('s-1', 3, 4),
) {
  const calls: HandleOptions[] = [];
  const store = {
    handle: async (
      _streamId: string,
      _fold: unknown,
      decide: (state: number, version: number) => unknown[],
      options: HandleOptions,
    ): Promise<HandleResult> => {
      calls.push(options);
      if (calls.length <= conflicts) throw error();
      const events = decide(0, 3) as HandleResult['events'];
      return { nextVersion: 4, firstPosition: 9, lastPosition: 9, duplicate: false, events };
    },
  } as unknown as EventStore;
  return { store, calls };
}

const fold = { initialState: () => 0, evolve: (n: number) => n + 1 };
const decide = () => [{ type: 'Counted', data: {} }];
const metadata = { actor: { id: 'u', role: 'programme-office' }, correlationId: 'c' };

describe('handleCommand: the one retry policy', () => {
  it('decides again after a lost race when the caller pinned no version', async () => {
    const { store, calls } = storeLosing(2);
    const result = await handleCommand(store, 's-1', fold, decide, { metadata });
    expect(result.nextVersion).toBe(4);
    expect(calls).toHaveLength(3);
  });

  it('a moved dependency (the lead reassigned meanwhile) is a lost race too', async () => {
    const { store, calls } = storeLosing(1, () => new DependencyChangedError('proposal-x', 2));
    await expect(handleCommand(store, 's-1', fold, decide, { metadata })).resolves.toMatchObject({
      nextVersion: 4,
    });
    expect(calls).toHaveLength(2);
  });

  it(`gives up after ${COMMAND_ATTEMPTS} attempts and reports the conflict`, async () => {
    const { store, calls } = storeLosing(COMMAND_ATTEMPTS);
    await expect(handleCommand(store, 's-1', fold, decide, { metadata })).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    expect(calls).toHaveLength(COMMAND_ATTEMPTS);
  });

  it('never retries a pinned version (If-Match): that caller must see the change first', async () => {
    const { store, calls } = storeLosing(1);
    await expect(
      handleCommand(store, 's-1', fold, decide, { metadata, expectedVersion: 3 }),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect(calls).toHaveLength(1);
  });

  it('never retries a refusal that is not a conflict', async () => {
    const { store, calls } = storeLosing(1, () => new Error('the rule says no'));
    await expect(handleCommand(store, 's-1', fold, decide, { metadata })).rejects.toThrow(
      'the rule says no',
    );
    expect(calls).toHaveLength(1);
  });
});
