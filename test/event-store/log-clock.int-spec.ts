import { ledgerUpcasters } from '@ledger/catalogue';
import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@ledger/platform/event-store';
import { createTestDatabase } from '../support/database';

/**
 * The log clock (libs/platform/event-store/postgres/log-clock.ts) without a second server: a log
 * whose ordering keys are ahead of this server's transaction ids is what a restore into a
 * new server leaves. (test/faults/backup-restore.fault-spec.ts does the real pg_dump/pg_restore.)
 */
describe('PostgreSQL event store: the log clock after a restore', () => {
  let store: PostgresEventStore;
  const metadata = { actor: { id: 'clock', role: 'programme-office' }, correlationId: 'clock' };

  beforeAll(async () => {
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: await createTestDatabase('clock') });
    await store.migrate();
  });
  afterAll(async () => store?.close());

  it('moves new keys past a restored log at start, so readers see every event, in order', async () => {
    // As restored: committed rows whose keys are far above this server's transaction ids.
    const { rows } = await store.pool.query(`SELECT pg_current_xact_id()::text::bigint + 50000 AS ahead`);
    const ahead = BigInt(rows[0].ahead);
    for (let i = 0; i < 3; i++) {
      await store.pool.query(
        `INSERT INTO events (transaction_id, stream_id, stream_version, event_id, event_type, data, metadata)
         VALUES ($1::text::xid8, 'restored', $2, $3, 'Restored', '{}', '{}')`,
        [String(ahead + BigInt(i)), i + 1, randomUUID()],
      );
    }
    // Before the check, readers hold them back: to them they look like transactions still open.
    expect(await store.readAll()).toHaveLength(0);

    const applied = await store.migrate();
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatch(/^event log clock: epoch 1 \(a restored log: its keys reach \d+/);
    expect(await store.migrate()).toEqual([]);

    await store.append('after-restore', [{ eventId: randomUUID(), event: { type: 'New', data: {} } }], 'no-stream', metadata);
    await store.append('after-restore', [{ eventId: randomUUID(), event: { type: 'New', data: {} } }], 1, metadata);
    const log = await store.readAll();
    expect(log.map((e) => e.streamId)).toEqual(['restored', 'restored', 'restored', 'after-restore', 'after-restore']);
    expect(BigInt(log[3].transactionId)).toBeGreaterThan(ahead + 2n);
    // From the last restored event on, a reader resumes and finds exactly the new ones.
    expect((await store.readAll({ after: log[2] })).map((e) => e.streamVersion)).toEqual([1, 2]);
    expect((await store.head()).hold.heldEvents).toBe(0);

    const clock = await store.pool.query(`SELECT epoch, xid_offset::text, from_position::text FROM event_log_clock ORDER BY epoch`);
    expect(clock.rows.map((r) => r.epoch)).toEqual([0, 1]);
    expect(Number(clock.rows[1].from_position)).toBe(log[3].globalPosition);
  });
});
