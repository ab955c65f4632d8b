import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { verifyConsistency, verifyInclusion, verifyTreeHead } from '@ledger/audit';
import { TreeHeadRecorder } from '../../apps/api/audit/tree-head-recorder';
import { as, createTestApp, seedTestApp, type TestApp } from '../support/app';
import { redigest, runVerifier } from '../support/verify-pack';

const MMP = 'met-modernisation';
const committee = () => as('oversight-committee', 'committee-member-1', 'Committee Member');
const office = () => as('programme-office', 'po-e2e', 'Pat Office');
const unhex = (hs: string[]) => hs.map((h) => Buffer.from(h, 'hex'));

describe('the Merkle log over HTTP, and the standalone verifier on the demo pack', () => {
  let t: TestApp;
  let last = 0;
  let dir: string;
  let firstMeeting: string;
  let secondMeeting: string;
  let first: any;
  let second: any;
  let secondBytes: string;

  const packJson = async (query: Record<string, string>) => {
    const res = await t.http
      .get(`/programmes/${MMP}/committee-pack`)
      .set(committee())
      .query({ ...query, format: 'json', waitForPosition: last })
      .buffer(true)
      .parse((r, cb) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => cb(null, text));
      });
    expect(res.status).toBe(200);
    return res.body as unknown as string;
  };
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verify-pack-'));
    t = await createTestApp();
    last = (await seedTestApp(t)).lastPosition;
    // The first meeting: the demo as recorded. Then a decision is taken, and the committee meets again.
    await new Promise((r) => setTimeout(r, 5));
    firstMeeting = new Date().toISOString();
    first = JSON.parse(await packJson({ meeting: firstMeeting }));
    await new Promise((r) => setTimeout(r, 5));
    const today = new Date().toISOString().slice(0, 10);
    const res = await t.http.post(`/programmes/${MMP}/decisions`).set(office()).send({
      decisionId: 'merkle-decision', forum: 'ManagementBoard', decisionDate: today, subject: 'Handset contingency',
      outcome: 'approve', rationale: 'Keeps go-live on track', conditions: [], minuteReference: `MB ${today} 3`, evidence: [],
    });
    expect(res.status).toBe(201);
    last = res.body.position;
    await new Promise((r) => setTimeout(r, 5));
    secondMeeting = new Date().toISOString();
    secondBytes = await packJson({ meeting: secondMeeting, previous: firstMeeting });
    second = JSON.parse(secondBytes);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the log key without sign-in; heads and proofs only for the committee and the office', async () => {
    const key = await t.http.get('/.well-known/ledger-log-key').expect(200);
    expect(key.body).toMatchObject({ algorithm: 'Ed25519', fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(key.body.publicKeyPem).toContain('BEGIN PUBLIC KEY');
    expect(first.log.signedHead.keyFingerprint).toBe(key.body.fingerprint);
    await t.http.get('/audit/log/head').expect(401);
    await t.http.get('/audit/log/head').set(as('lead')).expect(403);
    await t.http.get('/audit/log/head').set(office()).expect(200);
  });

  it('GET /audit/log/head, /inclusion and /consistency answer proofs that verify against signed heads', async () => {
    const head = (await t.http.get('/audit/log/head').set(committee()).query({ waitForPosition: last }).expect(200)).body;
    expect(verifyTreeHead(head)).toBe(true);
    expect(head.treeSize).toBe(second.log.signedHead.treeSize);
    // The same size, the same recorded head.
    expect((await t.http.get('/audit/log/head').set(committee()).query({ size: first.log.signedHead.treeSize }).expect(200)).body).toEqual(first.log.signedHead);

    const event = second.log.inclusion.find((e: any) => e.decisionId === 'merkle-decision');
    const inc = (await t.http.get('/audit/log/inclusion').set(committee()).query({ position: event.position, size: head.treeSize }).expect(200)).body;
    expect(inc).toMatchObject({ leafIndex: event.leafIndex, path: event.path, rootHash: head.rootHash });
    expect(verifyInclusion(Buffer.from(inc.leafHash, 'hex'), inc.leafIndex, inc.treeSize, unhex(inc.path), Buffer.from(inc.rootHash, 'hex'))).toBe(true);

    const cons = (await t.http.get('/audit/log/consistency').set(committee()).query({ from: 3, to: head.treeSize }).expect(200)).body;
    const root3 = (await t.http.get('/audit/log/head').set(committee()).query({ size: 3 }).expect(200)).body.rootHash;
    expect(cons.fromRoot).toBe(root3);
    expect(verifyConsistency(3, head.treeSize, Buffer.from(root3, 'hex'), Buffer.from(head.rootHash, 'hex'), unhex(cons.path))).toBe(true);
    expect(cons.path.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(head.treeSize)));

    // Bad input: a clear error, its code and field.
    const tooBig = await t.http.get('/audit/log/head').set(committee()).query({ size: head.treeSize + 1000 }).expect(404);
    expect(tooBig.body.code).toBe('TREE_SIZE_NOT_REACHED');
    const backwards = await t.http.get('/audit/log/consistency').set(committee()).query({ from: 10, to: 5 }).expect(400);
    expect(backwards.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'from' }] });
    const early = await t.http.get('/audit/log/inclusion').set(committee()).query({ position: event.position, size: 1 }).expect(400);
    expect(early.body.errors[0].field).toBe('size');
    await t.http.get('/audit/log/inclusion').set(committee()).query({ position: 99_999_999 }).expect(404);
    const bad = await t.http.get('/audit/log/inclusion').set(committee()).query({ position: 'x' }).expect(400);
    expect(bad.body.errors[0].field).toBe('position');
  });

  it('the periodic recorder signs a head of the grown tree once (through the API\'s own role and pool)', async () => {
    const owner = new Client({ connectionString: t.databaseUrl });
    await owner.connect();
    try {
      const today = new Date().toISOString().slice(0, 10);
      const res = await t.http.post(`/programmes/${MMP}/decisions`).set(office()).send({
        decisionId: 'recorder-decision', forum: 'ManagementBoard', decisionDate: today, subject: 'Recorder', outcome: 'approve',
        rationale: 'A head while the log grows', conditions: [], minuteReference: `MB ${today} 4`, evidence: [],
      });
      expect(res.status).toBe(201);
      last = res.body.position;
      // Wait for the tree to hold the new event, without asking the API (which would sign a head itself).
      const leafOf = async () => (await owner.query('SELECT leaf_index FROM merkle_leaves WHERE global_position = $1', [last])).rows[0];
      for (let i = 0; i < 100 && !(await leafOf()); i++) await new Promise((r) => setTimeout(r, 50));
      const size = Number((await leafOf()).leaf_index) + 1;
      const headsAt = async () => (await owner.query('SELECT tree_size, signature FROM merkle_heads WHERE tree_size = $1', [size])).rows;
      expect(await headsAt()).toEqual([]);
      const recorder = t.app.get(TreeHeadRecorder);
      await recorder.record();
      await recorder.record();
      const [row] = await headsAt();
      const head = (await t.http.get('/audit/log/head').set(committee()).query({ size }).expect(200)).body;
      expect(head).toMatchObject({ treeSize: size, signature: row.signature });
      expect(verifyTreeHead(head)).toBe(true);
      expect(await headsAt()).toHaveLength(1);
    } finally {
      await owner.end();
    }
  });

  it('the pack carries its signed head, the consistency proof from the previous meeting, an inclusion proof per change and decision; the same bytes again', async () => {
    const log = second.log;
    expect(log.signedHead.treeSize).toBe(second.chainHead.events);
    expect(log.consistency).toMatchObject({ fromSize: first.log.signedHead.treeSize, fromRoot: first.log.signedHead.rootHash, toSize: log.signedHead.treeSize });
    const proven = new Set(log.inclusion.map((e: any) => e.position));
    expect(second.changes.events.length).toBeGreaterThan(0);
    for (const c of second.changes.events) expect(proven.has(c.position)).toBe(true);
    expect(proven.has(second.log.inclusion.find((e: any) => e.decisionId === 'merkle-decision')?.position)).toBe(true);
    // Decisions are listed by their dates: the first pack (no previous meeting) lists the demo's, each proven.
    expect(first.decisions.length).toBeGreaterThan(5);
    for (const d of first.decisions) expect(first.log.inclusion.some((e: any) => e.decisionId === d.decisionId && e.event.data.decisionId === d.decisionId)).toBe(true);
    expect(await packJson({ meeting: secondMeeting, previous: firstMeeting })).toBe(secondBytes);
  });

  it('the verifier, run as a child process on the pack, passes it with the previous head the committee kept', async () => {
    const packFile = file('pack.json', secondBytes);
    const { signedHead } = first.log;
    const ok = await runVerifier([packFile, '--previous-head', signedHead.rootHash, '--size', String(signedHead.treeSize), '--key-fingerprint', signedHead.keyFingerprint]);
    expect(ok.out).toContain('VERIFIED: every check passed');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/consistency: the signed head/);
    // A head kept from elsewhere: the proof fetched from the API, checked against the clerk's root.
    const size = 7;
    const root7 = (await t.http.get('/audit/log/head').set(committee()).query({ size }).expect(200)).body.rootHash;
    const proof = (await t.http.get('/audit/log/consistency').set(committee()).query({ from: size, to: second.log.signedHead.treeSize }).expect(200)).body;
    const other = await runVerifier([packFile, '--previous-head', root7, '--size', String(size), '--consistency', file('proof.json', proof)]);
    expect({ code: other.code, out: other.out }).toEqual({ code: 0, out: expect.stringContaining('VERIFIED') });
    // The first pack (no previous meeting): every decision it lists is proven.
    const alone = await runVerifier([file('first.json', first)]);
    expect({ code: alone.code, out: alone.out }).toEqual({ code: 0, out: expect.stringMatching(new RegExp(`ok   ${first.decisions.length}/${first.decisions.length} decisions listed`)) });
  });

  it("the verifier passes the packs of the demo's own oversight meetings (business time), their matters arising proven", async () => {
    let matters = 0;
    for (const [meeting, previous] of [
      ['2006-02-03', '2005-09-29'],
      ['2006-03-09', '2006-02-03'],
    ]) {
      const bytes = await packJson({ meeting, previous, basis: 'business' });
      const pack = JSON.parse(bytes);
      const m = pack.mattersArising;
      const listed = new Set([
        ...[...m.actionsDue, ...m.actionsDoneSinceLastMeeting, ...m.actionsOverdue].map((a: any) => `action:${a.actionId}`),
        ...m.issuesOpen.map((i: any) => `issue:${i.issueId}`),
        ...m.reports.map((r: any) => `reporting-duty:${r.dutyId}`),
      ]).size;
      matters += listed;
      const run = await runVerifier([file(`demo-${meeting}.json`, bytes)]);
      expect({ meeting, code: run.code, out: run.out }).toEqual({
        meeting,
        code: 0,
        out: expect.stringContaining(`ok   ${listed}/${listed} matters arising listed rest on proven events of the log`),
      });
    }
    // The March meeting has its reports due, at least.
    expect(matters).toBeGreaterThan(0);
  });

  it('the verifier fails a tampered pack: an altered event, a wrong previous head, a forged head, another key', async () => {
    const { signedHead } = first.log;
    const previous = ['--previous-head', signedHead.rootHash, '--size', String(signedHead.treeSize)];
    const run = async (name: string, pack: unknown, args = previous) => runVerifier([file(name, pack), ...args]);

    // An event's content changed (its rationale), digest recomputed: its inclusion proof fails.
    const altered = structuredClone(second);
    const target = altered.log.inclusion.find((e: any) => e.decisionId === 'merkle-decision');
    target.event.data.rationale = 'Something else';
    const a = await run('altered.json', redigest(altered));
    expect(a.code).toBe(1);
    expect(a.out).toMatch(/FAIL inclusion proof of the event at position/);
    expect(a.out).toMatch(/FAIL 0\/1 changes listed are proven/);
    // A decision of the first pack altered: the decision is no longer proven.
    const decided = structuredClone(first);
    decided.log.inclusion.find((e: any) => e.decisionId === decided.decisions[0].decisionId).event.data.rationale = 'Rewritten';
    const d = await run('decided.json', redigest(decided), []);
    expect(d.code).toBe(1);
    expect(d.out).toMatch(/FAIL \d+\/\d+ decisions listed are proven events of the log: not proven: /);

    // The pack's content changed without a new digest.
    const edited = structuredClone(second);
    edited.changes.events[0].reason = 'Edited';
    expect((await run('edited.json', edited)).out).toMatch(/FAIL pack digest/);

    // A previous head that is not the one this log had.
    const wrong = signedHead.rootHash.replace(/^./, (c: string) => (c === '0' ? '1' : '0'));
    const w = await runVerifier([file('pack.json', secondBytes), '--previous-head', wrong, '--size', String(signedHead.treeSize)]);
    expect(w.code).toBe(1);
    expect(w.out).toMatch(/FAIL consistency/);

    // A head forged without the key: another root, the old signature.
    const forged = structuredClone(second);
    forged.log.signedHead.rootHash = first.log.signedHead.rootHash;
    const f = await run('forged.json', redigest(forged));
    expect(f.code).toBe(1);
    expect(f.out).toMatch(/FAIL tree head signature/);

    // Another key than the one the committee kept.
    const k = await runVerifier([file('pack.json', secondBytes), ...previous, '--key-fingerprint', 'ab'.repeat(32)]);
    expect(k.code).toBe(1);
    expect(k.out).toMatch(/FAIL log key is the one you expected/);

    // Usage errors: status 2.
    expect((await runVerifier([file('pack.json', secondBytes), '--size', '3'])).code).toBe(2);
  });
});
