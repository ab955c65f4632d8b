import { KurrentDBEventStore, UpcasterRegistry } from '@ledger/platform/event-store';
import { eventStoreContract } from './contract';
import { FakeKurrentDB } from './kurrentdb-fake';

/*
 * The contract suite against the KurrentDB adapter on an in-memory model of the
 * server (test/event-store/kurrentdb-fake.ts). This checks the adapter's own
 * logic (version and position mapping, idempotent retries, conflicts, paging,
 * the subscription) on every run; it does not stand in for the run against a
 * real server (kurrentdb.contract.int-spec.ts with KURRENTDB_CONNECTION_STRING).
 */
eventStoreContract('KurrentDB adapter on an in-memory model of the server (not a real KurrentDB)', async () => {
  const upcasters = new UpcasterRegistry();
  const store = new KurrentDBEventStore({ client: new FakeKurrentDB(), upcasters });
  return { store, upcasters, close: () => store.close() };
});
