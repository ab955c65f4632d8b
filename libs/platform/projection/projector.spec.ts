import type { EventStore, LogPosition, RawStoredEvent } from '@ledger/platform/event-store';
import { sharingRawReads } from './projector';

/** A store whose readRawAt counts its calls and can be told to fail once. */
function countingStore() {
  const calls: LogPosition[][] = [];
  let failNext = false;
  const store = {
    name: 'counting',
    async readRawAt(positions: readonly LogPosition[]): Promise<RawStoredEvent[]> {
      calls.push([...positions]);
      if (failNext) {
        failNext = false;
        throw new Error('connection lost');
      }
      return positions.map((p) => ({ globalPosition: p.globalPosition, transactionId: p.transactionId }) as RawStoredEvent);
    },
    describe(this: { name: string }) {
      return this.name;
    },
  };
  return { store: store as unknown as EventStore & { describe(): string }, calls, failOnce: () => (failNext = true) };
}

const batch = (from: number, to: number): LogPosition[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ transactionId: '7', globalPosition: from + i }));

describe('sharingRawReads', () => {
  it('reads a batch as stored once for the projections that ask for it in turn', async () => {
    const { store, calls } = countingStore();
    const shared = sharingRawReads(store);
    const [chain, tree] = await Promise.all([shared.readRawAt(batch(1, 3)), shared.readRawAt(batch(1, 3))]);
    expect(calls).toHaveLength(1);
    expect(tree).toBe(chain);
    expect(chain.map((e) => e.globalPosition)).toEqual([1, 2, 3]);
    // Another batch is another read; only the last few are kept.
    await shared.readRawAt(batch(4, 6));
    await shared.readRawAt(batch(7, 9));
    await shared.readRawAt(batch(1, 3));
    expect(calls).toHaveLength(4);
  });

  it('does not keep a failed read, and passes everything else to the store', async () => {
    const { store, calls, failOnce } = countingStore();
    const shared = sharingRawReads(store) as typeof store;
    failOnce();
    await expect(shared.readRawAt(batch(1, 2))).rejects.toThrow('connection lost');
    await expect(shared.readRawAt(batch(1, 2))).resolves.toHaveLength(2);
    expect(calls).toHaveLength(2);
    expect(shared.describe()).toBe('counting');
  });
});
