import { Client } from 'pg';
import { PostgresEventStore, UpcasterRegistry } from '@ledger/event-store';
import { createTestDatabase } from '../support/database';
import { eventStoreContract } from './contract';

eventStoreContract('PostgreSQL', async () => {
  const url = await createTestDatabase('contract');
  const upcasters = new UpcasterRegistry();
  const store = new PostgresEventStore({ connectionString: url, upcasters, poolConfig: { max: 60 } });
  await store.migrate();
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
    close: () => store.close(),
  };
});
