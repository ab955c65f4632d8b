import { Client } from 'pg';
import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';
import { arrange } from '../support/arrange';


function decision(decisionId: string, extra: Record<string, unknown> = {}) {
  return {
    decisionId,
    forum: 'Authority',
    decisionDate: '2005-09-29',
    subject: 'Service Review proposals',
    proposalId: 'sn',
    outcome: 'approve-with-conditions',
    rationale: 'The proposals support all four strategic outcomes',
    conditions: ['Business cases to the Authority before investment'],
    minuteReference: 'MPA 29/09/05 item 5',
    evidence: [{ kind: 'business-case', ref: 'sn', version: 1 }],
    ...extra,
  };
}

describe('decisions', () => {
  let t: TestApp;
  let db: Client;
  let programmes = 0;

  /** Each test records into its own programme's decision log, so versions are predictable. */
  async function programme(): Promise<string> {
    return arrange(t).bareProgramme(`mmp-${++programmes}`);
  }

  beforeAll(async () => {
    t = await createTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    // Programme mmp-1 with proposal sn and its business case version 1, which the decisions below are about.
    const given = arrange(t);
    await given.proposal(await given.programme(`mmp-${++programmes}`), 'sn');
    await given.agreed('sn');
    await given.businessCase('sn');
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('POST /programmes/:programmeId/decisions', () => {
    it('records a decision with its evidence, version, position and ETag', async () => {
      const res = await t.http
        .post('/programmes/mmp-1/decisions')
        .set(as())
        .send(decision('mpa-2005-09-29'))
        .expect(201);
      expect(res.body).toMatchObject({
        streamId: 'decision-log-mmp-1',
        version: 1,
        id: 'mpa-2005-09-29',
        events: ['DecisionRecorded'],
      });
      expect(res.body.position).toBeGreaterThan(0);
      expect(res.headers.etag).toBe('"1"');
      const { rows } = await db.query(
        `SELECT data FROM events WHERE stream_id = 'decision-log-mmp-1'`,
      );
      expect(rows[0].data).toMatchObject({
        proposalId: 'sn',
        decisionDate: '2005-09-29',
        evidence: [{ kind: 'business-case', ref: 'sn', version: 1 }],
        supersedesDecisionId: null,
      });
    });

    it('supersedes an earlier decision, which is kept', async () => {
      const programmeId = await programme();
      const url = `/programmes/${programmeId}/decisions`;
      await t.http
        .post(url)
        .set(as())
        .send(decision('d1', { proposalId: null, outcome: 'defer', conditions: [] }))
        .expect(201);
      const res = await t.http
        .post(url)
        .set(as())
        .set('If-Match', '"1"')
        .send(
          decision('d2', {
            proposalId: null,
            outcome: 'approve',
            conditions: [],
            decisionDate: '2005-11-24',
            supersedesDecisionId: 'd1',
          }),
        )
        .expect(201);
      expect(res.body).toMatchObject({ version: 2, id: 'd2' });
      const { rows } = await db.query(
        `SELECT data FROM events WHERE stream_id = $1 ORDER BY stream_version`,
        [`decision-log-${programmeId}`],
      );
      expect(rows.map((r) => r.data.decisionId)).toEqual(['d1', 'd2']);
      expect(rows[1].data.supersedesDecisionId).toBe('d1');
    });

    it('400 lists each bad field, nested evidence included, and appends nothing', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp-1/decisions')
          .set(as())
          .send({
            ...decision('bad id'),
            forum: 'Cabinet',
            outcome: 'maybe',
            decisionDate: '29 Sep 2005',
            evidence: [{ kind: 'rumour', ref: '', version: 0 }],
            minuteReference: undefined,
            recordedAt: 'now',
          })
          .expect(400),
      );
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining([
          'decisionId',
          'forum',
          'outcome',
          'decisionDate',
          'evidence[0].kind',
          'evidence[0].ref',
          'evidence[0].version',
          'minuteReference',
          'recordedAt',
        ]),
      );
    });

    it('400 with the domain code for conditions that do not fit the outcome, or an unknown superseded decision', async () => {
      const missing = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp-1/decisions')
          .set(as())
          .send(decision('d-cond', { conditions: [] }))
          .expect(400),
      );
      expect(missing.body.code).toBe('DECISION_CONDITIONS_REQUIRED');
      const unknown = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp-1/decisions')
          .set(as())
          .send(decision('d-sup', { supersedesDecisionId: 'ghost' }))
          .expect(400),
      );
      expect(unknown.body.code).toBe('SUPERSEDED_DECISION_UNKNOWN');
    });

    it('400 DECISION_EVIDENCE_NOT_FOUND for evidence not in the record (a business case version never submitted, an unknown risk), appending nothing', async () => {
      const programmeId = 'mmp-1';
      let n = 0;
      for (const [evidence, field] of [
        [[{ kind: 'business-case', ref: 'sn', version: 1 }, { kind: 'business-case', ref: 'sn', version: 2 }], 'evidence[1]'],
        [[{ kind: 'risk-score', ref: 'no-such-risk', version: 1 }], 'evidence[0]'],
        [[{ kind: 'benefit-forecast', ref: 'no-such-benefit', version: 3 }], 'evidence[0]'],
      ] as const) {
        const res = await expectNothingAppended(t, () =>
          t.http.post(`/programmes/${programmeId}/decisions`).set(as()).send(decision(`d-evidence-${++n}`, { evidence })).expect(400),
        );
        expect(res.body).toMatchObject({ code: 'DECISION_EVIDENCE_NOT_FOUND', errors: [{ field }] });
        expect(res.body.message).toMatch(/not in the record/);
      }
    });

    it('404 for an unknown programme, or a proposal not of this programme', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http.post('/programmes/nowhere/decisions').set(as()).send(decision('d-404')).expect(404),
      );
      expect(res.body.code).toBe('PROGRAMME_NOT_FOUND');
      const programmeId = await programme();
      const proposal = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/decisions`)
          .set(as())
          .send(decision('d-404'))
          .expect(404),
      );
      expect(proposal.body.code).toBe('PROPOSAL_NOT_FOUND');
    });

    it('409 for a decision recorded twice, or superseded twice', async () => {
      const programmeId = await programme();
      const url = `/programmes/${programmeId}/decisions`;
      await t.http
        .post(url)
        .set(as())
        .send(decision('d1', { proposalId: null }))
        .expect(201);
      await t.http
        .post(url)
        .set(as())
        .send(decision('d2', { proposalId: null, supersedesDecisionId: 'd1' }))
        .expect(201);
      const twice = await expectNothingAppended(t, () =>
        t.http
          .post(url)
          .set(as())
          .send(decision('d1', { proposalId: null }))
          .expect(409),
      );
      expect(twice.body.code).toBe('DECISION_ALREADY_RECORDED');
      const superseded = await expectNothingAppended(t, () =>
        t.http
          .post(url)
          .set(as())
          .send(decision('d3', { proposalId: null, supersedesDecisionId: 'd1' }))
          .expect(409),
      );
      expect(superseded.body.code).toBe('DECISION_ALREADY_SUPERSEDED');
    });

    it('412 for a stale If-Match', async () => {
      const programmeId = await programme();
      const url = `/programmes/${programmeId}/decisions`;
      await t.http
        .post(url)
        .set(as())
        .send(decision('d1', { proposalId: null }))
        .expect(201);
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(url)
          .set(as())
          .set('If-Match', '"0"')
          .send(decision('d2', { proposalId: null }))
          .expect(412),
      );
      expect(res.body).toMatchObject({
        code: 'STREAM_VERSION_CONFLICT',
        expectedVersion: 0,
        currentVersion: 1,
      });
    });
  });
});
