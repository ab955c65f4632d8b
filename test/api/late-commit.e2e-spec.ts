import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { as, createTestApp, type TestApp } from '../support/app';

const source = { document: 'Service Review 2005', paragraph: '21' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A transaction appending through the store's own function, held open by the test
 * (as a slow writer or a stalled connection would hold it) while others commit.
 */
async function openTransaction(databaseUrl: string) {
  const client = new Client({ connectionString: databaseUrl, application_name: 'late-commit-test' });
  await client.connect();
  await client.query('BEGIN');
  return {
    client,
    /** Takes a transaction id now, before anything is written. */
    async takeTransactionId(): Promise<string> {
      const { rows } = await client.query(`SELECT pg_current_xact_id()::text AS xid`);
      return rows[0].xid;
    },
    async registerProposal(proposalId: string, programmeId: string): Promise<number> {
      const { rows } = await client.query(
        `SELECT * FROM append_events($1, 'exact', 0, $2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::jsonb[])`,
        [
          `proposal-${proposalId}`,
          [randomUUID()],
          ['ProposalRegistered'],
          [1],
          [JSON.stringify({ proposalId, programmeId, title: `Late ${proposalId}`, aims: 'Committed late', source, outcomeIds: ['safer'], priorityIds: [] })],
          [JSON.stringify({ actor: { id: 'late-writer', name: 'Late Writer', role: 'programme-office' }, correlationId: randomUUID() })],
        ],
      );
      expect(rows[0]).toMatchObject({ conflict_actual: null, duplicate: false });
      return Number(rows[0].last_position);
    },
    async commit() {
      await client.query('COMMIT');
      await client.end();
    },
    async abandon() {
      await client.end().catch(() => undefined);
    },
  };
}

describe('late commit, end to end: appends held open while later ones commit', () => {
  let t: TestApp;
  let lastPosition = 0;
  const open: Awaited<ReturnType<typeof openTransaction>>[] = [];

  const post = async (path: string, body: object) => {
    const res = await t.http.post(path).set(as('programme-office', 'po-1', 'Pat Office')).send(body);
    expect(res.status).toBe(201);
    lastPosition = res.body.position;
    return res.body.position as number;
  };
  const register = (proposalId: string) =>
    post('/programmes/mmp/proposals', { proposalId, title: `Proposal ${proposalId}`, aims: 'Better policing', source, outcomeIds: ['safer'], priorityIds: [] });

  /** The positions the audit history holds now, through the API, every page of it. */
  async function auditPositions(waitForPosition?: number): Promise<{ positions: number[]; projectedThrough: string | undefined }> {
    const positions: number[] = [];
    let cursor: string | undefined;
    let projectedThrough: string | undefined;
    do {
      const res = await t.http
        .get('/audit')
        .set(as())
        .query({ limit: 200, ...(cursor ? { cursor } : {}), ...(waitForPosition !== undefined && !cursor ? { waitForPosition } : {}) })
        .expect(200);
      if (!cursor) projectedThrough = res.headers['x-projected-through'];
      positions.push(...res.body.items.map((item: { position: number }) => item.position));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    return { positions: positions.sort((a, b) => a - b), projectedThrough };
  }

  beforeAll(async () => {
    t = await createTestApp();
    await post('/programmes', { programmeId: 'mmp', name: 'Met Modernisation Programme', mission: 'Working together for a safer London', source });
    await post('/programmes/mmp/strategic-outcomes', { outcomeId: 'safer', title: 'Communities are, and feel, safer' });
  });

  afterAll(async () => {
    for (const tx of open) await tx.abandon();
    await t.close();
  });

  it('the audit history ends up with every event exactly once, none skipped, none doubled', async () => {
    const before = await auditPositions(lastPosition);
    expect(before.projectedThrough).toBe(String(lastPosition));

    // A appends now (a low position) and stays open; B takes its transaction id now but appends later
    // (so its position will be higher than those committed meanwhile, its transaction id lower).
    const a = await openTransaction(t.databaseUrl);
    open.push(a);
    const positionA = await a.registerProposal('late-a', 'mmp');
    const b = await openTransaction(t.databaseUrl);
    open.push(b);
    await b.takeTransactionId();

    // Later commands commit over HTTP while both are open.
    const later: number[] = [];
    for (const id of ['p1', 'p2', 'p3']) later.push(await register(id));
    later.push(await post('/proposals/p1/agreement', { forum: 'Authority', decisionDate: '2005-09-29', meeting: 'Full Authority', minuteReference: 'MPA 29/09/05 5' }));
    expect(Math.min(...later)).toBeGreaterThan(positionA);

    // The projector must not read past the open transactions: nothing later is in the audit history yet.
    await sleep(300);
    const health = await t.http.get('/health').expect(200);
    expect(health.body.eventStore.hold.heldEvents).toBeGreaterThanOrEqual(later.length);
    expect(health.body.eventStore.hold.holder).toEqual(expect.objectContaining({ pid: expect.any(Number) }));
    const held = await auditPositions();
    expect(held.positions).toEqual(before.positions);

    const positionB = await b.registerProposal('late-b', 'mmp');
    expect(positionB).toBeGreaterThan(Math.max(...later));

    // A commits: it is projected; the later ones still wait behind B (whose transaction id is lower).
    await a.commit();
    const afterA = await auditPositions(positionA);
    expect(afterA.projectedThrough).toBe(String(positionA));
    expect(afterA.positions).toEqual([...before.positions, positionA]);

    later.push(await register('p4'));
    await sleep(100);
    await b.commit();
    const final = await register('p5');

    const audit = await auditPositions(final);
    expect(audit.projectedThrough).toBe(String(final));
    // Every event exactly once, compared with the events table itself.
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const { rows: events } = await db.query(`SELECT global_position::int AS position FROM events ORDER BY global_position`);
      expect(audit.positions).toEqual(events.map((e: { position: number }) => e.position));
      expect(audit.positions).toEqual(expect.arrayContaining([positionA, positionB, ...later, final]));
      const { rows: [check] } = await db.query(
        `SELECT (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM audit_history) AS audited,
                (SELECT count(*)::int FROM events e JOIN audit_history a USING (global_position)
                  WHERE a.event_id = e.event_id AND a.stream_id = e.stream_id AND a.stream_version = e.stream_version) AS matched`,
      );
      expect(check).toEqual({ events: check.events, audited: check.events, matched: check.events });
    } finally {
      await db.end();
    }
    // The late writers are in the history as themselves, with their sentences.
    const late = await t.http.get('/audit').set(as()).query({ actorId: 'late-writer' }).expect(200);
    expect(late.body.items.map((i: { position: number; sentence: string }) => [i.position, i.sentence])).toEqual([
      [positionB, 'Proposal "Late late-b" registered in Met Modernisation Programme by Late Writer (programme-office)'],
      [positionA, 'Proposal "Late late-a" registered in Met Modernisation Programme by Late Writer (programme-office)'],
    ]);
  }, 60_000);
});
