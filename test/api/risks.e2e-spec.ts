import { Client } from 'pg';
import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';
import { arrange } from '../support/arrange';

function risk(riskId: string, extra: Record<string, unknown> = {}) {
  return {
    riskId,
    proposalId: 'sn',
    kind: 'threat',
    category: 'risk',
    title: 'PCSO recruitment falls short of the Safer Neighbourhoods rollout',
    cause: 'Competition from other forces for PCSO candidates',
    event: 'Teams in outer boroughs not at full strength by the target date',
    effect: 'Public confidence benefits delayed',
    ownerName: 'AC Territorial Policing',
    likelihood: 4,
    impact: 4,
    residualLikelihood: 2,
    residualImpact: 3,
    proximity: 'Before the 2006/07 rollout completes',
    response: 'reduce',
    actions: ['Rolling recruitment campaign'],
    raisedOn: '2005-10-14',
    ...extra,
  };
}

const reassessment = {
  likelihood: 3,
  impact: 4,
  residualLikelihood: 2,
  residualImpact: 2,
  reason: 'Recruitment campaign filled 80% of vacancies',
  reassessedOn: '2006-03-31',
};

describe('risks', () => {
  let t: TestApp;
  let db: Client;

  async function raised(riskId: string): Promise<string> {
    await t.http.post('/programmes/mmp/risks').set(as()).send(risk(riskId)).expect(201);
    return `/risks/${riskId}`;
  }

  beforeAll(async () => {
    t = await createTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const given = arrange(t);
    await given.proposal(await given.programme('mmp'), 'sn');
    await given.proposal(await given.programme('other'), 'elsewhere');
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('POST /programmes/:programmeId/risks', () => {
    it('raises a risk with its scores computed, version, position and ETag', async () => {
      const res = await t.http
        .post('/programmes/mmp/risks')
        .set(as())
        .send(risk('sn-pcso'))
        .expect(201);
      expect(res.body).toMatchObject({
        streamId: 'risk-sn-pcso',
        version: 1,
        id: 'sn-pcso',
        events: ['RiskRaised'],
      });
      expect(res.body.position).toBeGreaterThan(0);
      expect(res.headers.etag).toBe('"1"');
      const { rows } = await db.query(`SELECT data FROM events WHERE stream_id = 'risk-sn-pcso'`);
      expect(rows[0].data).toMatchObject({
        programmeId: 'mmp',
        proposalId: 'sn',
        score: 16,
        residualScore: 6,
      });
    });

    it('raises a programme risk without a proposal, with a generated id', async () => {
      const { riskId: _omitted, proposalId: _none, ...body } = risk('x');
      const res = await t.http.post('/programmes/mmp/risks').set(as()).send(body).expect(201);
      expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('400 lists each bad field (ratings 1–5, enums) and appends nothing', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp/risks')
          .set(as())
          .send({
            ...risk('r-bad'),
            kind: 'hazard',
            category: 'worry',
            likelihood: 6,
            impact: 0,
            residualLikelihood: 2.5,
            response: 'ignore',
            actions: [''],
            raisedOn: 'soon',
            score: 16,
          })
          .expect(400),
      );
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining([
          'kind',
          'category',
          'likelihood',
          'impact',
          'residualLikelihood',
          'response',
          'actions',
          'raisedOn',
          'score',
        ]),
      );
    });

    it('400 with the domain code for a response that does not fit the kind', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp/risks')
          .set(as())
          .send(risk('r-kind', { kind: 'opportunity' }))
          .expect(400),
      );
      expect(res.body.code).toBe('RISK_RESPONSE_NOT_FOR_KIND');
    });

    it('404 for an unknown programme, or a proposal of another programme', async () => {
      const programme = await expectNothingAppended(t, () =>
        t.http.post('/programmes/nowhere/risks').set(as()).send(risk('r-404')).expect(404),
      );
      expect(programme.body.code).toBe('PROGRAMME_NOT_FOUND');
      const proposal = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp/risks')
          .set(as())
          .send(risk('r-404', { proposalId: 'elsewhere' }))
          .expect(404),
      );
      expect(proposal.body.code).toBe('PROPOSAL_NOT_FOUND');
    });

    it('409 when the risk is already raised', async () => {
      await raised('r-twice');
      const res = await expectNothingAppended(t, () =>
        t.http.post('/programmes/mmp/risks').set(as()).send(risk('r-twice')).expect(409),
      );
      expect(res.body.code).toBe('RISK_ALREADY_RAISED');
    });

    it('412 for a stale If-Match', async () => {
      await raised('r-stale');
      await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp/risks')
          .set(as())
          .set('If-Match', '"0"')
          .send(risk('r-stale'))
          .expect(412),
      );
    });
  });

  describe('POST /risks/:riskId/reassessments', () => {
    it('re-rates the risk, keeping the previous score and the reason', async () => {
      const url = await raised('r-reassessed');
      const res = await t.http
        .post(`${url}/reassessments`)
        .set(as())
        .set('If-Match', '"1"')
        .send(reassessment)
        .expect(201);
      expect(res.body).toMatchObject({
        streamId: 'risk-r-reassessed',
        version: 2,
        events: ['RiskReassessed'],
      });
      expect(res.headers.etag).toBe('"2"');
      const { rows } = await db.query(
        `SELECT data, metadata FROM events WHERE stream_id = 'risk-r-reassessed' AND stream_version = 2`,
      );
      expect(rows[0].data).toMatchObject({ score: 12, previousScore: 16, residualScore: 4 });
      expect(rows[0].metadata).toMatchObject({ reason: reassessment.reason });
    });

    it('400 without a reason, or with ratings out of 1–5', async () => {
      const url = await raised('r-reassessed-400');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/reassessments`)
          .set(as())
          .send({ ...reassessment, reason: undefined, impact: 9, reassessedOn: undefined })
          .expect(400),
      );
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['reason', 'impact', 'reassessedOn']),
      );
    });

    it('404 for an unknown risk', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http.post('/risks/ghost/reassessments').set(as()).send(reassessment).expect(404),
      );
      expect(res.body.code).toBe('RISK_NOT_FOUND');
    });

    it('409 when nothing changes, or the risk is closed', async () => {
      const url = await raised('r-reassessed-409');
      const unchanged = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/reassessments`)
          .set(as())
          .send({
            ...reassessment,
            likelihood: 4,
            impact: 4,
            residualLikelihood: 2,
            residualImpact: 3,
          })
          .expect(409),
      );
      expect(unchanged.body.code).toBe('RISK_ASSESSMENT_UNCHANGED');
      await t.http
        .post(`${url}/closure`)
        .set(as())
        .send({ reason: 'Mitigated', closedOn: '2006-04-01' })
        .expect(201);
      const closed = await expectNothingAppended(t, () =>
        t.http.post(`${url}/reassessments`).set(as()).send(reassessment).expect(409),
      );
      expect(closed.body.code).toBe('RISK_ALREADY_CLOSED');
    });

    it('412 for a stale If-Match', async () => {
      const url = await raised('r-reassessed-412');
      await t.http.post(`${url}/reassessments`).set(as()).send(reassessment).expect(201);
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/reassessments`)
          .set(as())
          .set('If-Match', '"1"')
          .send({ ...reassessment, impact: 5 })
          .expect(412),
      );
      expect(res.body).toMatchObject({
        code: 'STREAM_VERSION_CONFLICT',
        expectedVersion: 1,
        currentVersion: 2,
      });
    });
  });

  describe('POST /risks/:riskId/closure', () => {
    it('closes the risk with its reason', async () => {
      const url = await raised('r-closed');
      const res = await t.http
        .post(`${url}/closure`)
        .set(as())
        .set('If-Match', '"1"')
        .send({ reason: 'All 630 wards have a full team', closedOn: '2007-04-02' })
        .expect(201);
      expect(res.body).toMatchObject({ version: 2, events: ['RiskClosed'] });
      expect(res.headers.etag).toBe('"2"');
    });

    it('400 without a reason or date; the domain refuses a date before it was raised', async () => {
      const url = await raised('r-closed-400');
      const res = await expectNothingAppended(t, () =>
        t.http.post(`${url}/closure`).set(as()).send({}).expect(400),
      );
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['reason', 'closedOn']),
      );
      const early = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/closure`)
          .set(as())
          .send({ reason: 'r', closedOn: '2005-01-01' })
          .expect(400),
      );
      expect(early.body.code).toBe('DATE_OUT_OF_ORDER');
    });

    it('404 for an unknown risk', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/risks/ghost/closure')
          .set(as())
          .send({ reason: 'r', closedOn: '2006-01-01' })
          .expect(404),
      );
      expect(res.body.code).toBe('RISK_NOT_FOUND');
    });

    it('409 when already closed', async () => {
      const url = await raised('r-closed-409');
      await t.http
        .post(`${url}/closure`)
        .set(as())
        .send({ reason: 'r', closedOn: '2006-01-01' })
        .expect(201);
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/closure`)
          .set(as())
          .send({ reason: 'again', closedOn: '2006-01-02' })
          .expect(409),
      );
      expect(res.body.code).toBe('RISK_ALREADY_CLOSED');
    });

    it('412 for a stale If-Match', async () => {
      const url = await raised('r-closed-412');
      await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/closure`)
          .set(as())
          .set('If-Match', '"2"')
          .send({ reason: 'r', closedOn: '2006-01-01' })
          .expect(412),
      );
    });
  });
});
