import { Client } from 'pg';
import { as, createTestApp, seedTestApp, type TestApp } from '../support/app';
import { conformanceChecker } from './openapi-conformance';
import { HOSTILE_STRINGS, mutate, operationsOf, prng, resolver, validValue, type Json, type Operation } from './openapi-fuzz';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.TEST_SEED ?? Date.now() % 1_000_000);
const ROLES = ['programme-office', 'programme-office', 'programme-office', 'lead', 'oversight-committee', 'administrator'];

/**
 * Schema-driven fuzzing: invalid and hostile requests generated from the OpenAPI
 * document, for every endpoint. Nothing may answer 5xx, a rejected request must
 * append nothing (events appended == events the 2xx responses report), and every
 * answer must be one the document lists for its operation, with a body that matches
 * the schema it lists (what a generated client relies on).
 */
describe(`OpenAPI fuzz (seed ${SEED}, ${REQUESTS} requests)`, () => {
  let t: TestApp;
  let db: Client;
  let ids: Record<string, string[]>;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTestApp(t);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const list = async (sql: string) => (await db.query(sql)).rows.map((r) => String(Object.values(r)[0]));
    ids = {
      programmeId: await list(`SELECT DISTINCT substring(stream_id from 11) FROM events WHERE stream_id LIKE 'programme-%'`),
      proposalId: await list(`SELECT DISTINCT substring(stream_id from 10) FROM events WHERE stream_id LIKE 'proposal-%'`),
      benefitId: await list(`SELECT DISTINCT substring(stream_id from 9) FROM events WHERE stream_id LIKE 'benefit-%'`),
      riskId: await list(`SELECT DISTINCT substring(stream_id from 6) FROM events WHERE stream_id LIKE 'risk-%'`),
      milestoneId: await list(`SELECT DISTINCT data->>'milestoneId' FROM events WHERE event_type = 'MilestonePlanned'`),
      version: ['1', '2', '3'],
      period: ['2006-07', '2007-08', '2006-Q1'],
      username: ['admin', 'office', 'nobody'],
    };
  }, 300_000);

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('answers every request without a 5xx, and rejected requests append nothing', async () => {
    const doc = (await t.http.get('/docs/openapi.json').expect(200)).body;
    const resolve = resolver(doc.components?.schemas);
    const conforms = conformanceChecker(doc);
    const nonConforming = new Map<string, number>();
    const operations: Operation[] = operationsOf(doc).filter((o) => !o.path.startsWith('/docs'));
    const rng = prng(SEED);
    // Sign-in attempts are audited by design (a refused sign-in is itself a fact): counted apart.
    const countEvents = async () => Number((await db.query(`SELECT count(*) FROM events WHERE stream_id <> 'sign-ins'`)).rows[0].count);
    const countSignIns = async () => Number((await db.query(`SELECT count(*) FROM events WHERE stream_id = 'sign-ins'`)).rows[0].count);
    const signInsBefore = await countSignIns();
    const before = await countEvents();

    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let reportedByAccepted = 0;
    let sent = 0;

    const pathValue = (name: string): string => {
      const r = rng.next();
      if (r < 0.7 && ids[name]?.length) return encodeURIComponent(rng.pick(ids[name]));
      if (r < 0.85) return encodeURIComponent(String(rng.pick(HOSTILE_STRINGS)).slice(0, 300).replace(/[\ud800-\udfff]/g, '\ufffd')) || 'x';
      return rng.pick(['unknown-id', '0', '-1', '99999999999999999999', '%2e%2e', 'a'.repeat(150)]);
    };

    for (let i = 0; i < REQUESTS; i++) {
      const op = operations[i % operations.length];
      const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => pathValue(name));
      const query: Record<string, string> = {};
      for (const q of op.queryParams) {
        if (q.required || rng.chance(0.5)) {
          const v = rng.chance(0.5) ? validValue(q.schema, resolve, rng) : rng.pick([...HOSTILE_STRINGS, '-1', '1e9', '2006-13-45', 'abc'] as Json[]);
          query[q.name] = typeof v === 'string' ? v.slice(0, 2000) : JSON.stringify(v);
        }
      }
      let body: Json | undefined;
      if (op.body) {
        body = validValue(op.body, resolve, rng);
        const mutations = rng.chance(0.15) ? 0 : 1 + rng.int(3);
        for (let m = 0; m < mutations; m++) body = mutate(body, op.body, resolve, rng);
      }
      const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete' | 'patch';
      let req = t.http[method](path).set(as(rng.pick(ROLES))).query(query);
      if (rng.chance(0.05)) req = req.set('If-Match', rng.pick(['"0"', '"abc"', 'W/"1"', '*', '"99999999999999999"']));
      const contentType = rng.chance(0.03) ? rng.pick(['text/plain', 'application/xml', 'application/json; charset=latin1']) : 'application/json';
      // Bodies go as raw JSON text, so scalars, arrays and lone surrogates reach the server as sent.
      const res = body !== undefined ? await req.set('Content-Type', contentType).send(JSON.stringify(body)) : await req;
      sent++;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const problem = conforms(op, res);
      if (problem) nonConforming.set(problem.slice(0, 400), (nonConforming.get(problem.slice(0, 400)) ?? 0) + 1);
      if (res.status >= 500) failures.push(`${op.method} ${path} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)} body=${JSON.stringify(body)?.slice(0, 300)}`);
      if (res.status >= 200 && res.status < 300 && op.method !== 'GET' && Array.isArray(res.body?.events) && !res.body.duplicate) {
        reportedByAccepted += res.body.events.length;
        // What the write recorded elsewhere as a consequence (a condition's action) is reported too.
        for (const caused of res.body.caused ?? []) reportedByAccepted += caused.events.length;
      }
    }
    // An oversized body: a clear 413.
    const big = await t.http.post('/programmes').set(as('programme-office')).send({ name: 'x'.repeat(400_000) });
    statuses.set(big.status, (statuses.get(big.status) ?? 0) + 1);
    sent++;
    expect(big.status).toBe(413);

    const appended = (await countEvents()) - before;
    const byClass = (lo: number) => [...statuses].filter(([s]) => s >= lo && s < lo + 100).reduce((n, [, c]) => n + c, 0);
    const summary = {
      seed: SEED,
      requestsSent: sent,
      '2xx': byClass(200),
      '4xx': byClass(400),
      '5xx': byClass(500),
      byStatus: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
      eventsAppended: appended,
      eventsReportedByAcceptedRequests: reportedByAccepted,
      eventsAppendedByRejectedRequests: appended - reportedByAccepted,
      signInAttemptsAudited: (await countSignIns()) - signInsBefore,
      answersNotAsDocumented: [...nonConforming.values()].reduce((a, b) => a + b, 0),
    };
    console.log(`OpenAPI fuzz: ${JSON.stringify(summary, null, 2)}`);
    expect(failures.slice(0, 10)).toEqual([]);
    expect([...nonConforming.keys()].slice(0, 10)).toEqual([]);
    expect(summary['5xx']).toBe(0);
    expect(summary.eventsAppendedByRejectedRequests).toBe(0);
    expect(sent).toBeGreaterThanOrEqual(REQUESTS);
  }, 900_000);
});
