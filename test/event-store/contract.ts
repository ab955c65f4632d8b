import { randomUUID } from 'node:crypto';
import {
  ConcurrencyError,
  IdempotencyKeyReusedError,
  LOG_START,
  type EventMetadata,
  type EventStore,
  type EventToAppend,
  type LogPosition,
  type StoredEvent,
  type UpcasterRegistry,
} from '@ledger/platform/event-store';

/** What an adapter provides to run the contract suite against it. */
export interface ContractSubject {
  store: EventStore;
  upcasters: UpcasterRegistry;
  /** Appends in a transaction that stays open until commit() (late-commit test). */
  openAppend?: (streamId: string, events: EventToAppend[]) => Promise<{ commit(): Promise<void> }>;
  /** Runs raw SQL as the store's owner, bypassing the adapter (immutability test). */
  rawQuery?: (sql: string) => Promise<unknown>;
  /**
   * Where the commit-order key is a number (PostgreSQL's xid8): writes events
   * `Tick {i}` for i = 0, 1, …, one transaction each, in this order, whose transaction
   * ids straddle a power of ten (…999 → 1…000), where ordering them as text would put
   * 1000 before 999. Returns how many it wrote and the power of ten.
   */
  appendAcrossTransactionIdBoundary?: (streamId: string) => Promise<{ count: number; boundary: bigint }>;
  close(): Promise<void>;
}

const metadata: EventMetadata = {
  actor: { id: 'user-po-1', name: 'Programme Office', role: 'programme-office' },
  correlationId: 'corr-1',
  causationId: 'cause-1',
  reason: 'contract test',
};

function ev(type = 'Something', data: Record<string, unknown> = {}): EventToAppend {
  return { eventId: randomUUID(), event: { type, data } };
}

const stream = (name = 'contract') => `${name}-${randomUUID()}`;

async function readToEnd(store: EventStore, after: LogPosition = LOG_START, pageSize = 500): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  let position = after;
  for (;;) {
    const batch = await store.readAll({ after: position, limit: pageSize });
    if (batch.length === 0) return all;
    all.push(...batch);
    const last = batch[batch.length - 1];
    position = { transactionId: last.transactionId, globalPosition: last.globalPosition };
  }
}

function positionOf(events: StoredEvent[], fallback: LogPosition = LOG_START): LogPosition {
  const last = events[events.length - 1];
  return last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : fallback;
}

async function expectConflict(promise: Promise<unknown>, expected: unknown, actual: number) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConcurrencyError);
  expect((error as ConcurrencyError).expected).toEqual(expected);
  expect((error as ConcurrencyError).actual).toBe(actual);
}

/** The event store contract: every adapter must pass it. */
export function eventStoreContract(name: string, makeSubject: () => Promise<ContractSubject>) {
  describe(`EventStore contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: EventStore;

    beforeAll(async () => {
      subject = await makeSubject();
      store = subject.store;
    });
    afterAll(async () => {
      await subject?.close();
    });

    describe('expected version', () => {
      it('no-stream appends to a new stream and refuses an existing one', async () => {
        const s = stream();
        const result = await store.append(s, [ev(), ev()], 'no-stream', metadata);
        expect(result).toMatchObject({ nextVersion: 2, duplicate: false });
        expect(result.lastPosition - result.firstPosition).toBeGreaterThanOrEqual(1);
        await expectConflict(store.append(s, [ev()], 'no-stream', metadata), 'no-stream', 2);
      });

      it('an exact version appends only when the stream is at that version', async () => {
        const s = stream();
        await store.append(s, [ev()], 0, metadata);
        await expect(store.append(s, [ev()], 1, metadata)).resolves.toMatchObject({ nextVersion: 2 });
        await expectConflict(store.append(s, [ev()], 1, metadata), 1, 2);
        await expectConflict(store.append(s, [ev()], 5, metadata), 5, 2);
        await expectConflict(store.append(stream(), [ev()], 3, metadata), 3, 0);
      });

      it('stream-exists refuses a missing stream and appends to an existing one', async () => {
        const s = stream();
        await expectConflict(store.append(s, [ev()], 'stream-exists', metadata), 'stream-exists', 0);
        await store.append(s, [ev()], 'no-stream', metadata);
        await expect(store.append(s, [ev()], 'stream-exists', metadata)).resolves.toMatchObject({ nextVersion: 2 });
      });

      it('any appends whatever the version', async () => {
        const s = stream();
        await expect(store.append(s, [ev()], 'any', metadata)).resolves.toMatchObject({ nextVersion: 1 });
        await expect(store.append(s, [ev(), ev()], 'any', metadata)).resolves.toMatchObject({ nextVersion: 3 });
      });

      it('concurrent appends with any all succeed, one after another, none lost', async () => {
        const s = stream();
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) => store.append(s, i % 2 ? [ev(), ev()] : [ev()], 'any', metadata)),
        );
        const stored = await store.readStream(s);
        expect(stored.map((e) => e.streamVersion)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
        expect(new Set(results.map((r) => r.nextVersion)).size).toBe(20);
        expect(Math.max(...results.map((r) => r.nextVersion))).toBe(30);
      });

      it('a refused append writes nothing', async () => {
        const s = stream();
        await store.append(s, [ev()], 'no-stream', metadata);
        await store.append(s, [ev()], 0, metadata).catch(() => undefined);
        expect(await store.readStream(s)).toHaveLength(1);
      });
    });

    it('50 parallel appends with the same expected version: exactly one succeeds', async () => {
      const s = stream();
      await store.append(s, [ev()], 'no-stream', metadata);
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, () => store.append(s, [ev('Raced')], 1, metadata)),
      );
      const ok = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(49);
      for (const r of refused) {
        expect(r.reason).toBeInstanceOf(ConcurrencyError);
        expect((r.reason as ConcurrencyError).actual).toBe(2);
      }
      expect(await store.readStream(s)).toHaveLength(2);
    });

    describe('idempotent retry', () => {
      it('an event id already stored is not stored again; the retry reports the original positions', async () => {
        const s = stream();
        const batch = [ev(), ev()];
        const first = await store.append(s, batch, 'no-stream', metadata);
        await store.append(s, [ev()], 2, metadata);
        // The retry's expected version is stale by now: it is still the same write.
        const retry = await store.append(s, batch, 'no-stream', metadata);
        expect(retry).toEqual({ ...first, duplicate: true });
        expect(await store.readStream(s)).toHaveLength(3);
      });

      it('a retried single event reports its original position, whatever the retry expects', async () => {
        const s = stream();
        const e = ev();
        const first = await store.append(s, [e], 'no-stream', metadata);
        await store.append(s, [ev(), ev()], 1, metadata);
        for (const expected of ['no-stream', 0, 1, 3, 7, 'stream-exists', 'any'] as const) {
          await expect(store.append(s, [e], expected, metadata)).resolves.toEqual({ ...first, duplicate: true });
        }
        expect(await store.readStream(s)).toHaveLength(3);
      });

      it('an event id already stored on another stream is refused, and nothing of the batch is written', async () => {
        const taken = ev();
        await store.append(stream(), [taken], 'no-stream', metadata);
        const s = stream();
        await expect(store.append(s, [ev(), { ...taken }], 'no-stream', metadata)).rejects.toBeDefined();
        await expect(store.append(s, [{ ...taken }], 'any', metadata)).rejects.toBeDefined();
        expect(await store.readStream(s)).toHaveLength(0);
      });

      it('parallel identical retries of a new stream store it once and all report its positions', async () => {
        const s = stream();
        const batch = [ev(), ev(), ev()];
        const results = await Promise.all(Array.from({ length: 10 }, () => store.append(s, batch, 'no-stream', metadata)));
        expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
        const original = results.find((r) => !r.duplicate)!;
        for (const r of results) expect(r).toEqual({ ...original, duplicate: r.duplicate });
        expect(await store.readStream(s)).toHaveLength(3);
      });

      it('parallel identical retries store the batch once', async () => {
        const s = stream();
        const batch = [ev(), ev()];
        const results = await Promise.all(Array.from({ length: 10 }, () => store.append(s, batch, 'any', metadata)));
        expect(new Set(results.map((r) => r.firstPosition)).size).toBe(1);
        expect(await store.readStream(s)).toHaveLength(2);
      });
    });

    it('a batch is atomic: a failure mid-batch stores nothing', async () => {
      const s = stream();
      const good = ev();
      const clash = ev();
      const failing = store.append(s, [good, ev(), { ...clash }, clash], 'no-stream', metadata);
      await expect(failing).rejects.toBeDefined();
      expect(await store.readStream(s)).toHaveLength(0);
      // The stream is still new: its version did not move.
      await expect(store.append(s, [ev()], 'no-stream', metadata)).resolves.toMatchObject({ nextVersion: 1 });
    });

    describe('reading', () => {
      it('reads a stream in version order, by range and up to a moment', async () => {
        const s = stream();
        await store.append(s, [ev('A', { n: 1 }), ev('B', { n: 2 })], 'no-stream', metadata);
        const [, second] = await store.readStream(s);
        await new Promise((r) => setTimeout(r, 20));
        await store.append(s, [ev('C', { n: 3 })], 2, metadata);

        const all = await store.readStream(s);
        expect(all.map((e) => [e.type, e.streamVersion, e.data])).toEqual([
          ['A', 1, { n: 1 }],
          ['B', 2, { n: 2 }],
          ['C', 3, { n: 3 }],
        ]);
        expect((await store.readStream(s, { fromVersion: 2 })).map((e) => e.type)).toEqual(['B', 'C']);
        expect((await store.readStream(s, { fromVersion: 2, toVersion: 2 })).map((e) => e.type)).toEqual(['B']);
        expect((await store.readStream(s, { until: second.recordedAt })).map((e) => e.type)).toEqual(['A', 'B']);
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('keeps every item of metadata', async () => {
        const s = stream();
        const e = ev('WithMetadata', { amountPence: 1234, text: 'Working together for a safer London — £' });
        await store.append(s, [e], 'no-stream', metadata);
        const [stored] = await store.readStream(s);
        expect(stored).toMatchObject({
          eventId: e.eventId,
          type: 'WithMetadata',
          schemaVersion: 1,
          streamId: s,
          streamVersion: 1,
          data: { amountPence: 1234, text: 'Working together for a safer London — £' },
          metadata,
        });
        expect(stored.recordedAt).toBeInstanceOf(Date);
        expect(stored.globalPosition).toBeGreaterThan(0);
      });

      it('reads the global log in order, resuming after a position', async () => {
        const before = positionOf(await readToEnd(store));
        const s1 = stream();
        const s2 = stream();
        await store.append(s1, [ev('One')], 'no-stream', metadata);
        await store.append(s2, [ev('Two'), ev('Three')], 'no-stream', metadata);
        const read = await readToEnd(store, before);
        expect(read.map((e) => e.type)).toEqual(['One', 'Two', 'Three']);
        const afterFirst = await store.readAll({ after: positionOf(read.slice(0, 1)), limit: 1 });
        expect(afterFirst.map((e) => e.type)).toEqual(['Two']);
      });

      it('a subscriber sees every event once, in order, including those appended while it runs', async () => {
        const start = positionOf(await readToEnd(store));
        const seen: StoredEvent[] = [];
        const controller = new AbortController();
        const running = store.subscribe(start, async (batch) => void seen.push(...batch), {
          signal: controller.signal,
          batchSize: 3,
          idleMs: 10,
        });
        const s = stream();
        for (let i = 0; i < 10; i++) await store.append(s, [ev('Tick', { i })], 'any', metadata);
        await waitFor(() => seen.filter((e) => e.streamId === s).length >= 10);
        controller.abort();
        await running;
        const mine = seen.filter((e) => e.streamId === s);
        expect(mine.map((e) => (e.data as { i: number }).i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      });
    });

    it('a late commit is never skipped: readers stop before an open append, then see both once', async () => {
      if (!subject.openAppend) {
        console.log(`[${name}] late-commit test not applicable: the adapter has no open transactions to hold`);
        return;
      }
      const start = positionOf(await readToEnd(store));
      const seen: StoredEvent[] = [];
      const controller = new AbortController();
      const running = store.subscribe(start, async (batch) => void seen.push(...batch), {
        signal: controller.signal,
        idleMs: 10,
      });
      const sa = stream('late-a');
      const sb = stream('late-b');
      const a = await subject.openAppend(sa, [ev('LateA')]);
      await store.append(sb, [ev('EarlyB')], 'no-stream', metadata);

      // B is committed, A is not: nobody may read past A's place in the log.
      const now = await readToEnd(store, start);
      expect(now.filter((e) => e.streamId === sb)).toHaveLength(0);
      const { hold } = await store.head();
      expect(hold.heldEvents).toBeGreaterThanOrEqual(1);
      expect(hold.holder?.transactionId).toBeDefined();
      await new Promise((r) => setTimeout(r, 100));
      expect(seen.filter((e) => e.streamId === sb || e.streamId === sa)).toHaveLength(0);

      await a.commit();
      const after = (await readToEnd(store, start)).filter((e) => e.streamId === sa || e.streamId === sb);
      expect(after.map((e) => e.type)).toEqual(['LateA', 'EarlyB']);
      await waitFor(() => seen.filter((e) => e.streamId === sa || e.streamId === sb).length >= 2);
      await new Promise((r) => setTimeout(r, 50));
      controller.abort();
      await running;
      const mine = seen.filter((e) => e.streamId === sa || e.streamId === sb);
      expect(mine.map((e) => e.type)).toEqual(['LateA', 'EarlyB']);
    });

    it('orders the global log by transaction id as a number across a power of ten (999 before 1000)', async () => {
      if (!subject.appendAcrossTransactionIdBoundary) {
        console.log(`[${name}] transaction-id ordering test not applicable: no numeric commit-order key`);
        return;
      }
      // A regression test: ordering by the id's text put …1000 before …999, so a
      // reader paging through the log skipped the events just below the boundary.
      const s = stream('xid');
      const { count, boundary } = await subject.appendAcrossTransactionIdBoundary(s);
      const written = await store.readStream(s);
      expect(written.map((e) => e.data)).toEqual(Array.from({ length: count }, (_, i) => ({ i })));
      expect(written.some((e) => BigInt(e.transactionId) < boundary)).toBe(true);
      expect(written.some((e) => BigInt(e.transactionId) >= boundary)).toBe(true);

      for (const pageSize of [1, 2, 1000]) {
        const log = await readToEnd(store, LOG_START, pageSize);
        expect(new Set(log.map((e) => e.eventId)).size).toBe(log.length);
        for (let k = 1; k < log.length; k++) {
          const [a, b] = [log[k - 1], log[k]];
          const ordered =
            BigInt(a.transactionId) < BigInt(b.transactionId) ||
            (a.transactionId === b.transactionId && a.globalPosition < b.globalPosition);
          expect(ordered).toBe(true);
        }
        expect(log.filter((e) => e.streamId === s).map((e) => e.data)).toEqual(written.map((e) => e.data));
      }
      expect((await store.readStreams([s])).map((e) => e.data)).toEqual(written.map((e) => e.data));
    });

    it('the database refuses UPDATE, DELETE and TRUNCATE of events', async () => {
      if (!subject.rawQuery) {
        console.log(`[${name}] immutability is the server's own guarantee here: no raw SQL to try`);
        return;
      }
      const s = stream();
      await store.append(s, [ev('Fact', { v: 1 })], 'no-stream', metadata);
      await expect(subject.rawQuery(`UPDATE events SET data = '{"v":2}' WHERE stream_id = '${s}'`)).rejects.toThrow(/immutable/);
      await expect(subject.rawQuery(`DELETE FROM events WHERE stream_id = '${s}'`)).rejects.toThrow(/immutable/);
      await expect(subject.rawQuery('TRUNCATE events')).rejects.toThrow(/immutable/);
      const [stored] = await store.readStream(s);
      expect(stored.data).toEqual({ v: 1 });
    });

    it('upcasts old schema versions when read, without rewriting them', async () => {
      const type = `Renamed${randomUUID().slice(0, 8)}`;
      subject.upcasters.register(type, 1, (d: { name: string }) => ({ title: d.name }));
      subject.upcasters.register(type, 2, (d: { title: string }) => ({ title: d.title, stage: 'SOC' }));
      const s = stream();
      await store.append(s, [{ eventId: randomUUID(), event: { type, data: { name: 'Old' } }, schemaVersion: 1 }], 'no-stream', metadata);
      await store.append(s, [{ eventId: randomUUID(), event: { type, data: { title: 'Mid' } }, schemaVersion: 2 }], 1, metadata);
      await store.append(s, [ev(type, { title: 'New', stage: 'FBC' })], 2, metadata);
      const read = await store.readStream(s);
      expect(read.map((e) => [e.schemaVersion, e.data])).toEqual([
        [3, { title: 'Old', stage: 'SOC' }],
        [3, { title: 'Mid', stage: 'SOC' }],
        [3, { title: 'New', stage: 'FBC' }],
      ]);
      if (subject.rawQuery) {
        const rows = (await subject.rawQuery(`SELECT schema_version FROM events WHERE stream_id = '${s}' ORDER BY stream_version`)) as { rows: { schema_version: number }[] };
        expect(rows.rows.map((r) => r.schema_version)).toEqual([1, 2, 3]);
      }
    });

    describe('handle: read, fold, decide, append', () => {
      type Counter = { type: 'Incremented'; data: { by: number } };
      const fold = {
        initialState: () => 0,
        evolve: (total: number, e: Counter) => total + e.data.by,
      };
      const increment = (by: number) => (total: number): Counter[] => {
        if (total + by > 10) throw new Error('over the limit');
        return [{ type: 'Incremented', data: { by } }];
      };

      it('folds the stream, appends the decision and returns version and position', async () => {
        const s = stream('counter');
        const first = await store.handle(s, fold, increment(3), { metadata });
        expect(first).toMatchObject({ nextVersion: 1, duplicate: false });
        const second = await store.handle(s, fold, increment(4), { metadata });
        expect(second.nextVersion).toBe(2);
        expect(second.lastPosition).toBeGreaterThan(first.lastPosition);
        await expect(store.handle(s, fold, increment(4), { metadata })).rejects.toThrow('over the limit');
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('refuses a stale expected version (If-Match) and writes nothing', async () => {
        const s = stream('counter');
        await store.handle(s, fold, increment(1), { metadata });
        await store.handle(s, fold, increment(1), { metadata });
        await expectConflict(store.handle(s, fold, increment(1), { metadata, expectedVersion: 1 }), 1, 2);
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('concurrent handlers on one stream: the loser gets a conflict, never a lost update', async () => {
        const s = stream('counter');
        const results = await Promise.allSettled(
          Array.from({ length: 8 }, () => store.handle(s, fold, increment(1), { metadata })),
        );
        const ok = results.filter((r) => r.status === 'fulfilled').length;
        for (const r of results) {
          if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConcurrencyError);
        }
        expect(await store.readStream(s)).toHaveLength(ok);
      });

      // A store may decide on a state it folded earlier (PostgreSQL does): these writes go
      // round handle with append, as another process would, so that state is now stale.
      it('a state folded earlier never decides once the stream has moved: the newer events are read first', async () => {
        const s = stream('counter');
        await store.handle(s, fold, increment(3), { metadata });
        await store.append(s, [{ eventId: randomUUID(), event: { type: 'Incremented', data: { by: 7 } } }], 1, metadata);
        await expect(store.handle(s, fold, increment(1), { metadata })).rejects.toThrow('over the limit');
        expect(await store.readStream(s)).toHaveLength(2);
        expect(await store.load(s, fold)).toEqual({ state: 10, version: 2 });
      });

      it('a refusal decided on an old state is decided again on the current one', async () => {
        type Door = { type: 'Opened' | 'Closed' | 'Used'; data: Record<string, never> };
        const door = { initialState: () => false, evolve: (open: boolean, e: Door) => (e.type === 'Used' ? open : e.type === 'Opened') };
        const use = (open: boolean): Door[] => {
          if (!open) throw new Error('the door is closed');
          return [{ type: 'Used', data: {} }];
        };
        const s = stream('door');
        await store.handle(s, door, (): Door[] => [{ type: 'Closed', data: {} }], { metadata });
        await store.append(s, [ev('Opened')], 1, metadata);
        const used = await store.handle(s, door, use, { metadata });
        expect(used.nextVersion).toBe(3);
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['Closed', 'Opened', 'Used']);
      });

      it('If-Match is checked against the stream, not against a state folded earlier', async () => {
        const s = stream('counter');
        await store.handle(s, fold, increment(1), { metadata });
        await store.append(s, [{ eventId: randomUUID(), event: { type: 'Incremented', data: { by: 1 } } }], 1, metadata);
        await expectConflict(store.handle(s, fold, increment(1), { metadata, expectedVersion: 1 }), 1, 2);
        const pinned = await store.handle(s, fold, increment(1), { metadata, expectedVersion: 2 });
        expect(pinned.nextVersion).toBe(3);
        expect(await store.load(s, fold)).toEqual({ state: 3, version: 3 });
      });

      it('load folds the stream as it is now; an unknown stream is the initial state at version 0', async () => {
        const s = stream('counter');
        expect(await store.load(s, fold)).toEqual({ state: 0, version: 0 });
        await store.handle(s, fold, increment(2), { metadata });
        await store.append(s, [{ eventId: randomUUID(), event: { type: 'Incremented', data: { by: 5 } } }], 1, metadata);
        expect(await store.load(s, fold)).toEqual({ state: 7, version: 2 });
      });

      it('a dependency is checked, and a decision is stored only while the stream it relied on has not moved', async () => {
        type Gate = { type: 'Opened' | 'Shut'; data: Record<string, never> };
        const gate = { initialState: () => false, evolve: (_: boolean, e: Gate) => e.type === 'Opened' };
        const g = stream('gate');
        const s = stream('counter');
        const dependsOn = [{ streamId: g, fold: gate, check: (open: boolean) => { if (!open) throw new Error('the gate is shut'); } }];
        await expect(store.handle(s, fold, increment(1), { metadata, dependsOn })).rejects.toThrow('the gate is shut');
        await store.handle(g, gate, (): Gate[] => [{ type: 'Opened', data: {} }], { metadata });
        await expect(store.handle(s, fold, increment(1), { metadata, dependsOn })).resolves.toMatchObject({ nextVersion: 1 });
        // The gate shuts by a write that goes round this store's folded states (another process):
        // the next decision must see it, though nothing on the counter's stream changed.
        await store.append(g, [ev('Shut')], 1, metadata);
        await expect(store.handle(s, fold, increment(1), { metadata, dependsOn })).rejects.toThrow('the gate is shut');
        await store.append(g, [ev('Opened')], 2, metadata);
        await expect(store.handle(s, fold, increment(1), { metadata, dependsOn })).resolves.toMatchObject({ nextVersion: 2 });
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('a retried command with the same idempotency key is stored once', async () => {
        const s = stream('counter');
        const key = randomUUID();
        const first = await store.handle(s, fold, increment(2), { metadata, idempotencyKey: key });
        const retry = await store.handle(s, fold, increment(2), { metadata, idempotencyKey: key });
        expect(retry).toMatchObject({ duplicate: true, nextVersion: first.nextVersion, lastPosition: first.lastPosition });
        expect(await store.readStream(s)).toHaveLength(1);
      });

      it('the key with another command (another fingerprint, or another stream) is refused and stores nothing', async () => {
        const s = stream('counter');
        const other = stream('counter');
        const key = randomUUID();
        const withPrint = (commandFingerprint: string) => ({ metadata: { ...metadata, commandFingerprint }, idempotencyKey: key });
        await store.handle(s, fold, increment(1), withPrint('A'));
        await expect(store.handle(s, fold, increment(1), withPrint('A'))).resolves.toMatchObject({ duplicate: true });
        await expect(store.handle(s, fold, increment(1), withPrint('B'))).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
        await expect(store.handle(other, fold, increment(1), withPrint('A'))).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
        expect(await store.readStream(s)).toHaveLength(1);
        expect(await store.readStream(other)).toHaveLength(0);
      });
    });

    describe('log queries for the read side', () => {
      const keyOf = (e: StoredEvent): LogPosition => ({ transactionId: e.transactionId, globalPosition: e.globalPosition });
      const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
      /** Three events, one append each: the stream's events as read back. */
      async function threeAppends(types: [string, string, string] = ['One', 'Two', 'Three']): Promise<StoredEvent[]> {
        const s = stream('log-query');
        for (let i = 0; i < 3; i++) await store.append(s, [ev(types[i], { i })], i, metadata);
        return store.readStream(s);
      }

      it('countAfter: how many events lie after each position, and when the oldest was recorded', async () => {
        const [first, second, third] = await threeAppends();
        expect(await store.countAfter([])).toEqual([]);
        const [afterFirst, afterThird] = await store.countAfter([keyOf(first), keyOf(third)]);
        expect(afterFirst).toMatchObject({ count: 2, atLeast: false });
        expect(afterFirst.oldestRecordedAt?.getTime()).toBe(second.recordedAt.getTime());
        expect(afterThird).toEqual({ count: 0, atLeast: false, oldestRecordedAt: undefined });
        // An adapter may stop counting at atMost (and say so); one that counts exactly ignores it.
        const [capped] = await store.countAfter([keyOf(first)], { atMost: 1 });
        expect([{ count: 2, atLeast: false }, { count: 1, atLeast: true }]).toContainEqual({ count: capped.count, atLeast: capped.atLeast });
      });

      it('positionAt: the full log position of the event at a global position, none where no event is', async () => {
        const events = await threeAppends();
        for (const e of events) expect(await store.positionAt(e.globalPosition)).toEqual(keyOf(e));
        const batch = stream('log-query-batch');
        await store.append(batch, [ev(), ev(), ev()], 'no-stream', metadata);
        for (const e of await store.readStream(batch)) expect(await store.positionAt(e.globalPosition)).toEqual(keyOf(e));
        expect(await store.positionAt(Number.MAX_SAFE_INTEGER - 1)).toBeUndefined();
        expect(await store.positionAt(0)).toBeUndefined();
      });

      it('hasEventOfTypes: an event of those types after one position and at or before another', async () => {
        const tag = randomUUID().slice(0, 8);
        const [a, b, c] = [`A${tag}`, `B${tag}`, `C${tag}`];
        const [ea, eb, ec] = await threeAppends([a, b, c]);
        expect(await store.hasEventOfTypes([b], keyOf(ea), keyOf(ec))).toBe(true);
        expect(await store.hasEventOfTypes(['Other', b], keyOf(ea), keyOf(eb))).toBe(true);
        expect(await store.hasEventOfTypes([b], keyOf(eb), keyOf(ec))).toBe(false); // after is exclusive
        expect(await store.hasEventOfTypes([c], keyOf(ea), keyOf(ec))).toBe(true); // upTo is inclusive
        expect(await store.hasEventOfTypes([c], keyOf(ea), keyOf(eb))).toBe(false);
        expect(await store.hasEventOfTypes([a], keyOf(ea), keyOf(ec))).toBe(false);
        expect(await store.hasEventOfTypes([], LOG_START, keyOf(ec))).toBe(false);
        expect(await store.hasEventOfTypes([a], LOG_START, keyOf(ec))).toBe(true);
      });

      it('hasEventId: stored ids only (not those of a refused append)', async () => {
        const [first] = await threeAppends();
        expect(await store.hasEventId(first.eventId)).toBe(true);
        expect(await store.hasEventId(randomUUID())).toBe(false);
        const refused = ev();
        await store.append(first.streamId, [refused], 1, metadata).catch(() => undefined);
        expect(await store.hasEventId(refused.eventId)).toBe(false);
      });

      it('streamIdsByFirstEvent: the streams whose first event names the value, not those that name it later', async () => {
        const programmeId = `prog-${randomUUID().slice(0, 8)}`;
        const [a, b, later, other] = [stream('first-a'), stream('first-b'), stream('first-later'), stream('first-other')];
        await store.append(a, [ev('Started', { programmeId })], 'no-stream', metadata);
        await store.append(b, [ev('Started', { programmeId }), ev('Next', { programmeId })], 'no-stream', metadata);
        await store.append(later, [ev('Started', { programmeId: 'elsewhere' })], 'no-stream', metadata);
        await store.append(later, [ev('Moved', { programmeId })], 1, metadata);
        await store.append(other, [ev('Started', { programmeId: `${programmeId}-2` })], 'no-stream', metadata);
        expect((await store.streamIdsByFirstEvent('programmeId', programmeId)).sort()).toEqual([a, b].sort());
        expect(await store.streamIdsByFirstEvent('programmeId', 'nobody')).toEqual([]);
        await expect(store.streamIdsByFirstEvent("x' OR '1'='1", programmeId)).rejects.toThrow(/plain property name/);
      });

      it('streamVersion: the last event\'s version, 0 for a stream without events', async () => {
        const [first] = await threeAppends();
        expect(await store.streamVersion(first.streamId)).toBe(3);
        expect(await store.streamVersion(stream('never-written'))).toBe(0);
      });

      it('lastPositionAt: the last event recorded at or before a moment', async () => {
        expect(await store.lastPositionAt(new Date(0))).toBeUndefined();
        const s = stream('as-at');
        await store.append(s, [ev()], 'no-stream', metadata);
        await pause(30);
        const between = new Date();
        await pause(30);
        await store.append(s, [ev()], 1, metadata);
        const [first, second] = await store.readStream(s);
        expect(await store.lastPositionAt(between)).toEqual(keyOf(first));
        expect(await store.lastPositionAt(new Date(Date.now() + 60_000))).toEqual(keyOf(second));
      });

      it('readAllRaw: the log as readAll reads it, each event as stored (never upcast)', async () => {
        const type = `Raw${randomUUID().slice(0, 8)}`;
        subject.upcasters.register(type, 1, (d: { name: string }) => ({ title: d.name }));
        const before = positionOf(await store.readStream((await threeAppends())[0].streamId));
        const s = stream('raw');
        await store.append(s, [{ eventId: randomUUID(), event: { type, data: { name: 'Old' } }, schemaVersion: 1 }, ev(type, { title: 'New' })], 'no-stream', metadata);
        await store.append(s, [ev()], 2, metadata);
        const read = await readToEnd(store, before);
        const raw = await store.readAllRaw({ after: before, limit: 100 });
        expect(raw.map((e) => [e.eventId, e.globalPosition, e.transactionId, e.streamId, e.streamVersion, e.type])).toEqual(
          read.map((e) => [e.eventId, e.globalPosition, e.transactionId, e.streamId, e.streamVersion, e.type]),
        );
        expect(raw.slice(0, 2).map((e) => [e.schemaVersion, e.data])).toEqual([
          [1, { name: 'Old' }],
          [2, { title: 'New' }],
        ]);
        expect(read.slice(0, 2).map((e) => [e.schemaVersion, e.data])).toEqual([
          [2, { title: 'Old' }],
          [2, { title: 'New' }],
        ]);
        for (const [i, e] of raw.entries()) {
          expect(e.metadata).toEqual(metadata);
          expect(e.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
          expect(Math.abs(new Date(e.recordedAt).getTime() - read[i].recordedAt.getTime())).toBeLessThanOrEqual(1);
        }
        expect(await store.readAllRaw({ after: before, limit: 2 })).toEqual(raw.slice(0, 2));
        expect(await store.readAllRaw({ after: positionOf(read) })).toEqual([]);
      });

      it('readRawAt: the events at these positions as stored, in log order', async () => {
        const s = stream('raw-at');
        await store.append(s, [ev('P', { n: 1 }), ev('P', { n: 2 }), ev('P', { n: 3 })], 'no-stream', metadata);
        await store.append(s, [ev('P', { n: 4 })], 3, metadata);
        const events = await store.readStream(s);
        const wanted = [events[3], events[0], events[2]].map(keyOf);
        const raw = await store.readRawAt(wanted);
        expect(raw.map((e) => [e.globalPosition, e.eventId, e.data])).toEqual(
          [events[0], events[2], events[3]].map((e) => [e.globalPosition, e.eventId, e.data]),
        );
        expect(await store.readRawAt([])).toEqual([]);
        const all = await store.readAllRaw({ after: LOG_START, limit: 100_000 });
        expect(raw).toEqual(all.filter((e) => e.streamId === s && e.streamVersion !== 2));
      });
    });
  });
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
