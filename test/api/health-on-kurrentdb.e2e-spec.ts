import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import request from 'supertest';
import { KurrentDBEventStore, LOG_START, UpcasterRegistry, type StoredEvent } from '@ledger/platform/event-store';
import { AppModule } from '../../apps/api/app.module';
import { configureApp } from '../../apps/api/configure-app';
import { as, TEST_JWT_SECRET, useMintedSessions, type TestApp } from '../support/app';
import { arrange } from '../support/arrange';
import { createTestDatabase } from '../support/database';
import { FakeKurrentDB } from '../event-store/kurrentdb-fake';

/*
 * A smoke test of the whole API with EVENT_STORE_ENGINE=kurrentdb: the KurrentDB adapter
 * on the in-memory model of the server (test/event-store/kurrentdb-fake.ts), the read
 * models on PostgreSQL as always. The read database has no events table, so anything on
 * the read side that still read it directly would fail here. It shows the read side talks
 * to the log through the EventStore port only; it is not evidence about a real server.
 */
describe('the API on the KurrentDB adapter (in-memory model of the server): health, a command, read-your-writes, a proposal, /audit/verify', () => {
  let t: TestApp;
  let server: FakeKurrentDB;
  let store: KurrentDBEventStore;
  const committee = () => as('oversight-committee', 'committee-member-1', 'Committee Member');

  beforeAll(async () => {
    const databaseUrl = await createTestDatabase('kurrent');
    server = new FakeKurrentDB();
    store = new KurrentDBEventStore({ client: server, upcasters: new UpcasterRegistry() });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot({ database: { url: databaseUrl, embedded: false }, auth: { jwtSecret: TEST_JWT_SECRET }, eventStore: store })],
    }).compile();
    const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error', 'warn'] });
    const harness = useMintedSessions(app, databaseUrl);
    configureApp(app);
    await app.init();
    t = { app, http: request(app.getHttpServer()), databaseUrl, runtimeUrl: databaseUrl, close: () => app.close().then(() => harness.end()) };
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await server?.dispose();
  });

  it('has no events table in the read database', async () => {
    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT to_regclass('events') IS NULL AS absent`);
      expect(rows[0].absent).toBe(true);
    } finally {
      await client.end();
    }
  });

  it('GET /health: the event store and every projection, with its lag', async () => {
    // Right after start a projection is listed once its runner has written its first checkpoint.
    let res = await t.http.get('/health').expect(200);
    for (let waited = 0; res.body.projections.length === 0 && waited < 10_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      res = await t.http.get('/health').expect(200);
    }
    expect(res.body).toMatchObject({ status: 'ok', eventStore: { status: 'up', lastPosition: expect.any(Number), hold: { heldEvents: 0 } } });
    expect(res.body.projections.length).toBeGreaterThan(0);
    for (const p of res.body.projections) expect(p).toMatchObject({ eventsBehind: expect.any(Number), secondsBehind: expect.any(Number) });
  });

  it('a command, then a read that waits for its position (read-your-writes), then a proposal with its version', async () => {
    const given = arrange(t);
    await given.programme('kdb-programme');
    const created = await t.http
      .post('/programmes/kdb-programme/proposals')
      .set(as())
      .send({ proposalId: 'kdb-proposal', title: 'Safer Neighbourhoods', aims: 'A team in every ward', source: { document: 'Smoke', paragraph: '1' }, outcomeIds: ['safer'], priorityIds: [] })
      .expect(201);
    expect(created.body).toMatchObject({ streamId: 'proposal-kdb-proposal', version: 1, position: expect.any(Number) });
    const position = created.body.position as number;
    expect(server.userEvents().some((e) => Number(e.position.prepare) === position)).toBe(true);

    const read = await t.http.get('/proposals/kdb-proposal').query({ waitForPosition: position }).set(as()).expect(200);
    expect(read.headers['x-projected-through']).toBe(String(position));
    expect(read.body).toMatchObject({ proposalId: 'kdb-proposal', title: 'Safer Neighbourhoods', version: 1 });

    // A position no write returned is answered at once, as not reached.
    const missing = await t.http.get('/proposals/kdb-proposal').query({ waitForPosition: position + 1 }).set(as()).expect(200);
    expect(missing.headers['x-projected-through']).toBe('pending');
  });

  it('a retried command (same Idempotency-Key) is stored once and answered as a duplicate', async () => {
    const send = () =>
      t.http
        .post('/programmes/kdb-programme/proposals')
        .set({ ...as(), 'Idempotency-Key': 'kdb-retry-1' })
        .send({ proposalId: 'kdb-retry', title: 'Retried', aims: 'Once only', source: { document: 'Smoke', paragraph: '2' }, outcomeIds: ['safer'], priorityIds: [] });
    const first = await send().expect(201);
    const retry = await send().expect(201);
    expect(retry.body).toMatchObject({ duplicate: true, position: first.body.position });
  });

  it("the programme as at now, on a day, and the changes between two moments, folded from KurrentDB's log", async () => {
    const now = new Date().toISOString();
    const asAt = await t.http.get('/programmes/kdb-programme/as-at').query({ at: now }).set(committee()).expect(200);
    const ids = asAt.body.snapshot.proposals.map((p: { proposalId: string }) => p.proposalId);
    expect(ids).toEqual(expect.arrayContaining(['kdb-proposal', 'kdb-retry']));
    // Nothing in it names a day yet: by business time the programme is not in effect.
    const on = await t.http.get('/programmes/kdb-programme/as-at').query({ on: now.slice(0, 10) }).set(committee()).expect(404);
    expect(on.body.code).toBe('PROGRAMME_NOT_YET_IN_EFFECT');
    const changes = await t.http.get('/programmes/kdb-programme/changes').query({ from: '2000-01-01', to: now }).set(committee()).expect(200);
    expect(changes.body.events.length).toBeGreaterThan(0);
  });

  it('GET /audit/verify: the chain, projected from the store, verifies against the log as stored', async () => {
    // Wait until the chain has linked the last event.
    const head = await t.http.get('/health').expect(200);
    const last = head.body.eventStore.lastPosition as number;
    await t.http.get('/proposals/kdb-proposal').query({ waitForPosition: last }).set(as()).expect(200);
    const res = await t.http.get('/audit/verify').set(committee()).expect(200);
    const stored: StoredEvent[] = [];
    for (let after = LOG_START; ; ) {
      const page = await store.readAll({ after, limit: 500 });
      if (page.length === 0) break;
      stored.push(...page);
      after = page[page.length - 1];
    }
    expect(res.body).toMatchObject({ ok: true, firstBreak: null, checkedEvents: stored.length, notYetChained: 0 });
    expect(res.body.chainHead).toMatchObject({ position: last, events: stored.length });
    const against = await t.http.get('/audit/verify').set(committee()).query({ upTo: last, expectedHash: res.body.chainHead.hash }).expect(200);
    expect(against.body).toMatchObject({ ok: true, expectedHead: { matches: true } });
    // The committee pack names the chain head it was built from.
    const pack = await t.http.get('/programmes/kdb-programme/committee-pack').query({ meeting: new Date().toISOString().slice(0, 10) }).set(committee()).expect(200);
    expect(pack.body.chainHead).toMatchObject({ position: last, hash: res.body.chainHead.hash });
    expect(pack.body.businessCasesAwaitingScrutiny).toEqual([]);
  });
});
