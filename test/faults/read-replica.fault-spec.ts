import { Client } from 'pg';
import { arrangeProgramme, bearer, FAULT_JWT_SECRET } from './support/command-load';
import { freePort, killHard, startApi, waitForHttp, type NodeChild } from './support/processes';
import { describeWithReplication, inRecovery, ReplicaPair } from './support/replica-pair';
import { provisionMintedAt } from '../support/minted-sessions';

/**
 * Queries from a hot standby (issue 20). The API writes to the primary and reads the read
 * models from DATABASE_READ_URL (both nodes, target_session_attrs=prefer-standby, so it
 * picks the standby). With the standby's replay paused, a read that waits for a write's
 * position must not answer from the standby: past the bound it answers from the primary and
 * says so (X-Read-From: primary). Once replay resumes, the standby's answer equals the primary's.
 */

const STANDBY_WAIT_MS = 800;

async function get(baseUrl: string, path: string, token: string) {
  const started = Date.now();
  const res = await fetch(`${baseUrl}${path}`, { headers: { Authorization: token }, signal: AbortSignal.timeout(20_000) });
  return {
    status: res.status,
    from: res.headers.get('x-read-from'),
    projectedThrough: res.headers.get('x-projected-through'),
    body: (await res.json()) as unknown,
    ms: Date.now() - started,
  };
}

async function standbySql(pair: ReplicaPair, sql: string): Promise<void> {
  const client = new Client({ connectionString: pair.url(pair.standbyPort, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describeWithReplication('reads from a hot standby', () => {
  let pair: ReplicaPair | undefined;
  let api: NodeChild | undefined;

  afterAll(async () => {
    if (api) await killHard(api);
    await pair?.destroy();
  }, 60_000);

  it('waits for the standby to replay a position, answers from the primary past the bound and says so', async () => {
    pair = await ReplicaPair.create({ SYNC_COMMIT: 'on' });
    await pair.createDatabase();
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    api = startApi(pair.primaryUrl, port, FAULT_JWT_SECRET, {
      DATABASE_READ_URL: pair.multiHostUrl('prefer-standby'),
      READ_YOUR_WRITES_STANDBY_WAIT_MS: String(STANDBY_WAIT_MS),
    });
    await waitForHttp(`${baseUrl}/health`, api, 90_000);
    await arrangeProgramme(baseUrl, 1, pair.primaryUrl);
    const token = bearer('read-replica-reader');
    await provisionMintedAt(pair.primaryUrl, token);
    expect(await inRecovery(pair.standbyUrl)).toBe(true);
    expect(api.output.join('')).toMatch(/Queries read from a hot standby/);

    // The standby stops applying WAL (it still receives it: the synchronous commit goes on).
    await standbySql(pair, 'SELECT pg_wal_replay_pause()');
    const res = await fetch(`${baseUrl}/programmes/fp/risks`, {
      method: 'POST',
      headers: { Authorization: token, 'Content-Type': 'application/json', 'Idempotency-Key': 'replica-risk-1' },
      body: JSON.stringify({
        riskId: 'replica-risk',
        proposalId: 'fp-prop',
        kind: 'threat',
        category: 'risk',
        title: 'Replica lag risk',
        cause: 'Standby paused',
        event: 'Stale read',
        effect: 'Wrong figures',
        ownerName: 'Fault Owner',
        likelihood: 3,
        impact: 4,
        residualLikelihood: 2,
        residualImpact: 2,
        proximity: 'Within 6 months',
        response: 'reduce',
        actions: ['Watch the lag'],
        raisedOn: '2006-04-01',
      }),
    });
    expect(res.status).toBe(201);
    const { position } = (await res.json()) as { position: number };
    expect(typeof position).toBe('number');

    const stale = await get(baseUrl, '/programmes/fp', token);
    const pastBound = await get(baseUrl, `/programmes/fp?waitForPosition=${position}`, token);

    await standbySql(pair, 'SELECT pg_wal_replay_resume()');
    const replayed = await get(baseUrl, `/programmes/fp?waitForPosition=${position}`, token);

    console.log(
      [
        `Reads from a hot standby (replay paused, then resumed; standby bound ${STANDBY_WAIT_MS} ms):`,
        `  no position asked: from ${stale.from}, has the new risk: ${JSON.stringify(stale.body).includes('replica-risk')}, in ${stale.ms} ms`,
        `  waitForPosition=${position} while paused: from ${pastBound.from}, X-Projected-Through ${pastBound.projectedThrough}, in ${pastBound.ms} ms`,
        `  waitForPosition=${position} after resume: from ${replayed.from}, X-Projected-Through ${replayed.projectedThrough}, in ${replayed.ms} ms; equals the primary's answer: ${JSON.stringify(replayed.body) === JSON.stringify(pastBound.body)}`,
      ].join('\n'),
    );

    // Without a position: the standby's answer, labelled as such (and here truly behind).
    expect(stale.status).toBe(200);
    expect(stale.from).toBe('standby');
    expect(stale.projectedThrough).toBeNull();
    expect(JSON.stringify(stale.body)).not.toContain('replica-risk');
    // Past the bound: from the primary, which has it, and the headers say so.
    expect(pastBound.status).toBe(200);
    expect(pastBound.from).toBe('primary');
    expect(pastBound.projectedThrough).toBe(String(position));
    expect(pastBound.ms).toBeGreaterThanOrEqual(STANDBY_WAIT_MS);
    expect(JSON.stringify(pastBound.body)).toContain('replica-risk');
    // Replayed: the standby answers, the same as the primary did.
    expect(replayed.status).toBe(200);
    expect(replayed.from).toBe('standby');
    expect(replayed.projectedThrough).toBe(String(position));
    expect(replayed.body).toEqual(pastBound.body);
  }, 180_000);
});
