import { ledgerUpcasters } from '@ledger/catalogue';
import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import {
  ConcurrencyError,
  EVENT_STORE_MIGRATIONS,
  PostgresEventStore,
  UpcasterRegistry,
  migrateEventStore,
} from '@ledger/platform/event-store';
import { createTestDatabase } from '../support/database';
import { eventStoreContract } from './contract';

/** `append_events`, the store's append for SQL callers, on any connection. */
function appendEventsSql(
  db: Pool | Client,
  streamId: string,
  mode: 'exact' | 'stream-exists' | 'any',
  expected: number,
  ids: string[],
) {
  return db.query(
    `SELECT * FROM append_events($1, $2, $3, $4::uuid[], $5::text[], $6::int[], $7::jsonb[], $8::jsonb[])`,
    [
      streamId,
      mode,
      expected,
      ids,
      ids.map(() => 'Sql'),
      ids.map(() => 1),
      ids.map((_, i) => JSON.stringify({ i })),
      ids.map(() => JSON.stringify({ actor: { id: 'sql', role: 'test' }, correlationId: 'sql' })),
    ],
  );
}

/** Largest burn (in transaction ids, ~2 µs each) worth doing to reach a power of ten for real. */
const MAX_XID_BURN = 500_000n;

/**
 * Moves the server's transaction-id counter forward by `count` ids, cheaply: each
 * sub-transaction of a DO block that writes takes one. In chunks, so no transaction
 * stays open long enough to hold back other readers.
 */
async function burnTransactionIds(pool: Pool, count: bigint): Promise<void> {
  while (count > 0n) {
    const chunk = count < 20_000n ? count : 20_000n;
    await pool.query(`
      DO $$
      BEGIN
        CREATE TEMP TABLE IF NOT EXISTS xid_burn (n int) ON COMMIT DROP;
        FOR i IN 1..${chunk} LOOP
          BEGIN
            INSERT INTO xid_burn VALUES (i);
          EXCEPTION WHEN others THEN NULL;
          END;
        END LOOP;
      END $$`);
    count -= chunk;
  }
}

eventStoreContract('PostgreSQL', async () => {
  const url = await createTestDatabase('contract');
  const upcasters = new UpcasterRegistry();
  const store = new PostgresEventStore({ connectionString: url, upcasters, poolConfig: { max: 60 } });
  await store.migrate();
  const metadata = { actor: { id: 'xid', role: 'test' }, correlationId: 'xid' };
  return {
    store,
    upcasters,
    rawQuery: (sql) => store.pool.query(sql),
    async openAppend(streamId, events) {
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query('BEGIN');
      await client.query(
        `SELECT * FROM append_events($1, 'exact', 0, $2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::jsonb[])`,
        [
          streamId,
          events.map((e) => e.eventId),
          events.map((e) => e.event.type),
          events.map(() => 1),
          events.map((e) => JSON.stringify(e.event.data)),
          events.map(() => JSON.stringify({ actor: { id: 'late', role: 'test' }, correlationId: 'late' })),
        ],
      );
      return {
        async commit() {
          await client.query('COMMIT');
          await client.end();
        },
      };
    },
    async appendAcrossTransactionIdBoundary(streamId) {
      const pool = store.pool;
      const xid = async () => BigInt((await pool.query(`SELECT pg_current_xact_id()::text AS x`)).rows[0].x);
      const current = await xid();
      let boundary = 10n ** BigInt(current.toString().length);
      if (boundary - current < 50n) boundary *= 10n;
      if (boundary - current - 20n <= MAX_XID_BURN) {
        // For real: move the counter to 20 ids below the boundary, then append one
        // event per transaction until one lands past it (other clients of the server
        // may take ids meanwhile: that only shortens the walk).
        await burnTransactionIds(pool, boundary - current - 20n);
        for (let i = 0; i < 200; i++) {
          await store.append(streamId, [{ eventId: randomUUID(), event: { type: 'Tick', data: { i } } }], i, metadata);
          const [last] = await store.readStream(streamId, { fromVersion: i + 1 });
          if (BigInt(last.transactionId) >= boundary) {
            const [first] = await store.readStream(streamId, { toVersion: 1 });
            if (BigInt(first.transactionId) < boundary) return { count: i + 1, boundary };
            break; // others took all 20 ids first: write them as below
          }
        }
        throw new Error(`the appends to ${streamId} did not straddle ${boundary}`);
      }
      // Far from the next power of ten (a long-lived server): write the events with
      // transaction ids straddling the power of ten below the log's oldest, as a
      // restore of older events would. Readers must still order them as numbers.
      const oldest = BigInt(
        (await pool.query(`SELECT coalesce(min(transaction_id), pg_current_xact_id())::text AS x FROM events`)).rows[0].x,
      );
      let below = 10n ** BigInt(oldest.toString().length - 1);
      if (below + 2n >= oldest) below /= 10n;
      const ids = [below - 2n, below - 1n, below, below + 1n];
      await pool.query(
        `INSERT INTO events (transaction_id, stream_id, stream_version, event_id, event_type, data, metadata)
           SELECT u.x::xid8, $1, u.n, gen_random_uuid(), 'Tick', jsonb_build_object('i', u.n - 1), $3::jsonb
             FROM unnest($2::text[]) WITH ORDINALITY AS u(x, n)
            ORDER BY u.n`,
        [streamId, ids.map(String), JSON.stringify(metadata)],
      );
      return { count: ids.length, boundary: below };
    },
    close: () => store.close(),
  };
});

describe('PostgreSQL event store: the append_events function (for appends in a SQL transaction)', () => {
  let url: string;
  let store: PostgresEventStore;
  beforeAll(async () => {
    url = await createTestDatabase('append_sql');
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 10 } });
    await store.migrate();
  });
  afterAll(async () => {
    await store.close();
  });

  it('appends, refuses a wrong version, and reports a retry with its original positions', async () => {
    const s = `sql-${randomUUID()}`;
    const ids = [randomUUID(), randomUUID()];
    const { rows: [first] } = await appendEventsSql(store.pool, s, 'exact', 0, ids);
    expect(first).toMatchObject({ next_version: '2', conflict_actual: null, duplicate: false });
    expect(Number(first.last_position) - Number(first.first_position)).toBe(1);
    expect((await appendEventsSql(store.pool, s, 'exact', 0, [randomUUID()])).rows[0]).toMatchObject({ conflict_actual: '2' });
    expect((await appendEventsSql(store.pool, s, 'stream-exists', 0, [randomUUID()])).rows[0]).toMatchObject({ next_version: '3' });
    expect((await appendEventsSql(store.pool, `${s}-none`, 'stream-exists', 0, [randomUUID()])).rows[0]).toMatchObject({ conflict_actual: '0' });
    expect((await appendEventsSql(store.pool, s, 'any', 0, [randomUUID()])).rows[0]).toMatchObject({ next_version: '4' });
    const { rows: [retry] } = await appendEventsSql(store.pool, s, 'exact', 0, ids);
    expect(retry).toMatchObject({ ...first, duplicate: true });
    await expect(appendEventsSql(store.pool, `${s}-other`, 'any', 0, [ids[0]])).rejects.toMatchObject({ code: '23505' });
    expect((await store.readStream(s)).map((e) => e.streamVersion)).toEqual([1, 2, 3, 4]);
  });

  it('a conflict keeps its connection: refused appends do not make the pool reconnect', async () => {
    const pool = new Pool({ connectionString: url, max: 2 });
    let connects = 0;
    pool.on('connect', () => (connects += 1));
    const own = new PostgresEventStore({ upcasters: ledgerUpcasters(), pool });
    const s = `sql-${randomUUID()}`;
    const metadata = { actor: { id: 't', role: 'test' }, correlationId: 'c' };
    const one = () => [{ eventId: randomUUID(), event: { type: 'T', data: {} } }];
    try {
      await own.append(s, one(), 'no-stream', metadata);
      await Promise.all([own.append(s, one(), 1, metadata), own.append(`${s}-b`, one(), 'any', metadata)]);
      const before = connects;
      for (let i = 0; i < 10; i++) {
        await expect(own.append(s, one(), 'no-stream', metadata)).rejects.toBeInstanceOf(ConcurrencyError);
        await expect(own.append(s, one(), 1, metadata)).rejects.toBeInstanceOf(ConcurrencyError);
      }
      expect(connects).toBe(before);
      expect(await own.readStream(s)).toHaveLength(2);
    } finally {
      await pool.end();
    }
  });

  it('an exact version is checked against the database, whatever this process saw of the stream', async () => {
    // Each store remembers the versions it saw (a lower bound): another process's appends must still refuse it.
    const other = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 2 } });
    const s = `sql-${randomUUID()}`;
    const metadata = { actor: { id: 't', role: 'test' }, correlationId: 'c' };
    const one = () => [{ eventId: randomUUID(), event: { type: 'T', data: {} } }];
    try {
      await store.append(s, one(), 'no-stream', metadata);
      await other.append(s, one(), 1, metadata);
      await expect(store.append(s, one(), 1, metadata)).rejects.toMatchObject({ expected: 1, actual: 2 });
      await expect(store.append(s, [one()[0], one()[0]], 1, metadata)).rejects.toMatchObject({ expected: 1, actual: 2 });
      await expect(store.append(s, one(), 2, metadata)).resolves.toMatchObject({ nextVersion: 3 });
      await expect(other.append(s, one(), 2, metadata)).rejects.toMatchObject({ expected: 2, actual: 3 });
      await expect(store.append(s, one(), 7, metadata)).rejects.toMatchObject({ expected: 7, actual: 3 });
      await expect(other.append(s, [one()[0], one()[0]], 3, metadata)).resolves.toMatchObject({ nextVersion: 5 });
      await expect(store.append(s, one(), 3, metadata)).rejects.toMatchObject({ expected: 3, actual: 5 });
      expect((await store.readStream(s)).map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await other.close();
    }
  });

  it('handle decides on the state it folded last without reading the stream; another process\'s write is caught up on', async () => {
    const other = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 2 } });
    const s = `sql-${randomUUID()}`;
    const metadata = { actor: { id: 't', role: 'test' }, correlationId: 'c' };
    type Added = { type: 'Added'; data: { n: number } };
    const sum = { initialState: () => [] as number[], evolve: (seen: number[], e: Added) => [...seen, e.data.n] };
    const add = (n: number) => (seen: number[]): Added[] => {
      if (seen.includes(n)) throw new Error(`${n} is already there`);
      return [{ type: 'Added', data: { n } }];
    };
    const reads = jest.spyOn(store, 'readStream');
    try {
      await store.handle(s, sum, add(1), { metadata });
      reads.mockClear();
      await store.handle(s, sum, add(2), { metadata });
      expect(reads).not.toHaveBeenCalled();

      // Another process appends 3: this store's state is stale, so its append at version 2 is refused,
      // and the decision is taken again on [1, 2, 3] — where 3 is already there.
      await other.handle(s, sum, add(3), { metadata });
      await expect(store.handle(s, sum, add(3), { metadata })).rejects.toThrow('3 is already there');
      expect(reads).toHaveBeenCalledWith(s, { fromVersion: 3 });
      const both = await Promise.allSettled([store.handle(s, sum, add(4), { metadata }), other.handle(s, sum, add(5), { metadata })]);
      expect(both.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
      expect((await store.readStream(s)).map((e) => (e.data as { n: number }).n)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5]));
      expect(await store.load(s, sum)).toEqual({ state: expect.arrayContaining([1, 2, 3, 4, 5]), version: 5 });
    } finally {
      reads.mockRestore();
      await other.close();
    }
  });

  it('the database refuses a stream version below 1, whoever writes it', async () => {
    for (const version of [0, -1]) {
      await expect(
        store.pool.query(
          `INSERT INTO events (stream_id, stream_version, event_id, event_type, data, metadata)
             VALUES ('below-one', $1, gen_random_uuid(), 'T', '{}', '{}')`,
          [version],
        ),
      ).rejects.toThrow(/event_stream_version_check/);
    }
  });

  it('waits for an open append to the same stream, then refuses (exact) or appends after it (any)', async () => {
    for (const mode of ['exact', 'any'] as const) {
      const s = `sql-${randomUUID()}`;
      const holder = new Client({ connectionString: url });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await appendEventsSql(holder, s, 'exact', 0, [randomUUID()]);
        const waiting = appendEventsSql(store.pool, s, mode, 0, [randomUUID()]);
        await new Promise((r) => setTimeout(r, 100));
        await holder.query('COMMIT');
        const { rows: [row] } = await waiting;
        expect(row).toMatchObject(mode === 'exact' ? { conflict_actual: '1' } : { next_version: '2', conflict_actual: null });
      } finally {
        await holder.end();
      }
    }
  });
});

describe('PostgreSQL event store: migration 004 drops the streams table safely', () => {
  const upTo003 = EVENT_STORE_MIGRATIONS.slice(0, EVENT_STORE_MIGRATIONS.findIndex((m) => m.id.startsWith('004')));

  async function databaseAt003(): Promise<Pool> {
    const pool = new Pool({ connectionString: await createTestDatabase('migrate'), max: 4 });
    await pool.query(`CREATE TABLE event_store_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    for (const m of upTo003) {
      await pool.query(m.sql);
      await pool.query('INSERT INTO event_store_migrations (id) VALUES ($1)', [m.id]);
    }
    return pool;
  }

  it('keeps every stream where it was: versions, positions and the conflicts they imply', async () => {
    expect(upTo003.map((m) => m.id)).toEqual(['001_events', '002_append_events_single_id_check', '003_append_events_check_by_event_id']);
    const pool = await databaseAt003();
    const store = new PostgresEventStore({ upcasters: ledgerUpcasters(), pool });
    try {
      await appendEventsSql(pool, 'old-a', 'exact', 0, [randomUUID(), randomUUID(), randomUUID()]);
      await appendEventsSql(pool, 'old-b', 'exact', 0, [randomUUID()]);
      const retried = [randomUUID()];
      await appendEventsSql(pool, 'old-b', 'exact', 1, retried);
      // The log as it stands, row for row (in SQL: this code's readers need the later migrations).
      const log = async () =>
        (await pool.query(`SELECT *, transaction_id::text AS transaction_id FROM events ORDER BY events.transaction_id, events.global_position`)).rows;
      const before = await log();

      expect(await migrateEventStore(pool)).toEqual(EVENT_STORE_MIGRATIONS.slice(upTo003.length).map((m) => m.id));
      expect((await pool.query(`SELECT to_regclass('streams') AS t`)).rows[0].t).toBeNull();
      expect(await log()).toEqual(before);
      expect((await store.readAll({ limit: 100 })).map((e) => e.eventId)).toEqual(before.map((r) => r.event_id));

      await expect(store.append('old-a', [{ eventId: randomUUID(), event: { type: 'New', data: {} } }], 2, {
        actor: { id: 't', role: 'test' }, correlationId: 'c',
      })).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(store.append('old-a', [{ eventId: randomUUID(), event: { type: 'New', data: {} } }], 3, {
        actor: { id: 't', role: 'test' }, correlationId: 'c',
      })).resolves.toMatchObject({ nextVersion: 4 });
      const retry = await store.append('old-b', [{ eventId: retried[0], event: { type: 'Sql', data: { i: 0 } } }], 1, {
        actor: { id: 't', role: 'test' }, correlationId: 'c',
      });
      const original = Number(before.find((r) => r.event_id === retried[0])!.global_position);
      expect(retry).toEqual({ duplicate: true, nextVersion: 2, firstPosition: original, lastPosition: original });
    } finally {
      await pool.end();
    }
  });

  it('refuses to drop it when a stream version there disagrees with the events, and changes nothing', async () => {
    const pool = await databaseAt003();
    try {
      await appendEventsSql(pool, 'old-c', 'exact', 0, [randomUUID()]);
      await pool.query(`UPDATE streams SET version = 5 WHERE stream_id = 'old-c'`);
      await expect(migrateEventStore(pool)).rejects.toThrow(/old-c disagrees/);
      expect((await pool.query(`SELECT to_regclass('streams') AS t`)).rows[0].t).toBe('streams');
      expect((await pool.query(`SELECT id FROM event_store_migrations ORDER BY id`)).rows.map((r) => r.id)).toEqual(upTo003.map((m) => m.id));
    } finally {
      await pool.end();
    }
  });
});
