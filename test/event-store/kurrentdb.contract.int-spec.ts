import { KurrentDBEventStore, UpcasterRegistry } from '@ledger/platform/event-store';
import { eventStoreContract } from './contract';

/*
 * The same contract suite as PostgreSQL's, against a real KurrentDB server, when
 * KURRENTDB_CONNECTION_STRING points at one, e.g.
 *   KURRENTDB_CONNECTION_STRING='kurrentdb://localhost:2113?tls=false' npx jest test/event-store
 * (a server: `docker compose -f deploy/compose.yaml up -d kurrentdb`, see docs/scaling.md).
 * Streams get random names, so any server will do; nothing is deleted afterwards.
 */
const url = process.env.KURRENTDB_CONNECTION_STRING;

if (url) {
  eventStoreContract('KurrentDB', async () => {
    const upcasters = new UpcasterRegistry();
    const store = new KurrentDBEventStore({ connectionString: url, upcasters });
    // Fail fast and clearly when the server named is not there.
    await store.head();
    return { store, upcasters, close: () => store.close() };
  });
} else {
  const reason =
    'KurrentDB contract suite skipped: KURRENTDB_CONNECTION_STRING is not set, so there is no KurrentDB server to run it against ' +
    '(none can run on this machine: no container engine). Set it, e.g. kurrentdb://localhost:2113?tls=false, to run the same ' +
    'contract as PostgreSQL. The adapter logic is still exercised against an in-memory model in kurrentdb-model.contract.int-spec.ts.';
  console.log(reason);
  describe('EventStore contract: KurrentDB', () => {
    it('KurrentDB contract suite skipped: KURRENTDB_CONNECTION_STRING not set', () => {
      console.log(reason);
    });
  });
}
