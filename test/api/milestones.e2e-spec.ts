import { Client } from 'pg';
import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';
import { arrange } from '../support/arrange';


describe('milestones', () => {
  let t: TestApp;
  let db: Client;
  /** Each test plans on its own programme's delivery plan, so versions are predictable. */
  let programmes = 0;

  async function programme(): Promise<string> {
    return arrange(t).bareProgramme(`mmp-${++programmes}`);
  }

  /** A programme whose plan holds `ids` in a chain: each depends on the one before. */
  async function planWithChain(...ids: string[]): Promise<string> {
    const programmeId = await programme();
    for (const [i, milestoneId] of ids.entries()) {
      await t.http
        .post(`/programmes/${programmeId}/milestones`)
        .set(as())
        .send({
          milestoneId,
          title: milestoneId,
          baselineDate: '2006-06-30',
          predecessorIds: i === 0 ? [] : [ids[i - 1]],
        })
        .expect(201);
    }
    return programmeId;
  }

  beforeAll(async () => {
    t = await createTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    // Proposal `sn` of programme mmp-1, proposal `elsewhere` of programme mmp-2.
    const given = arrange(t);
    await given.proposal(await given.programme(`mmp-${++programmes}`), 'sn');
    await given.proposal(await given.programme(`mmp-${++programmes}`), 'elsewhere');
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('POST /programmes/:programmeId/milestones', () => {
    it('plans milestones of a proposal on the delivery plan, with version, position and ETag', async () => {
      const first = await t.http
        .post('/programmes/mmp-1/milestones')
        .set(as())
        .send({
          milestoneId: 'sn-recruitment',
          proposalId: 'sn',
          title: 'PCSO recruitment complete',
          baselineDate: '2006-09-30',
        })
        .expect(201);
      expect(first.body).toMatchObject({
        streamId: 'delivery-plan-mmp-1',
        version: 1,
        id: 'sn-recruitment',
        events: ['MilestonePlanned'],
      });
      expect(first.body.position).toBeGreaterThan(0);
      expect(first.headers.etag).toBe('"1"');
      const second = await t.http
        .post('/programmes/mmp-1/milestones')
        .set(as())
        .set('If-Match', '"1"')
        .send({
          milestoneId: 'sn-all-wards',
          proposalId: 'sn',
          title: 'Teams in all 630 wards',
          baselineDate: '2006-12-31',
          predecessorIds: ['sn-recruitment'],
        })
        .expect(201);
      expect(second.body).toMatchObject({ version: 2, id: 'sn-all-wards' });
      const { rows } = await db.query(
        `SELECT data FROM events WHERE stream_id = 'delivery-plan-mmp-1' AND stream_version = 2`,
      );
      expect(rows[0].data).toMatchObject({
        proposalId: 'sn',
        baselineDate: '2006-12-31',
        predecessorIds: ['sn-recruitment'],
      });
    });

    it('400 lists each bad field and appends nothing', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp-1/milestones')
          .set(as())
          .send({
            milestoneId: 'bad id',
            title: '',
            baselineDate: '2006-13-01',
            predecessorIds: ['a', 'a', 'no good'],
            owner: 'x',
          })
          .expect(400),
      );
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['milestoneId', 'title', 'baselineDate', 'predecessorIds', 'owner']),
      );
      // An impossible date passes the shape check; the domain refuses it.
      const impossible = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp-1/milestones')
          .set(as())
          .send({ title: 'T', baselineDate: '2006-02-30' })
          .expect(400),
      );
      expect(impossible.body.code).toBe('INVALID_CALENDAR_DATE');
    });

    it('404 for an unknown programme, or a proposal of another programme', async () => {
      const programmeMissing = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/nowhere/milestones')
          .set(as())
          .send({ title: 'T', baselineDate: '2006-06-30' })
          .expect(404),
      );
      expect(programmeMissing.body.code).toBe('PROGRAMME_NOT_FOUND');
      const otherProposal = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp-1/milestones')
          .set(as())
          .send({ proposalId: 'elsewhere', title: 'T', baselineDate: '2006-06-30' })
          .expect(404),
      );
      expect(otherProposal.body.code).toBe('PROPOSAL_NOT_FOUND');
    });

    it('409 when the milestone is already planned; 400 for an unknown predecessor', async () => {
      const programmeId = await planWithChain('a');
      const twice = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones`)
          .set(as())
          .send({ milestoneId: 'a', title: 'A', baselineDate: '2006-06-30' })
          .expect(409),
      );
      expect(twice.body.code).toBe('MILESTONE_ALREADY_PLANNED');
      const unknown = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones`)
          .set(as())
          .send({
            milestoneId: 'b',
            title: 'B',
            baselineDate: '2006-06-30',
            predecessorIds: ['ghost'],
          })
          .expect(400),
      );
      expect(unknown.body.code).toBe('MILESTONE_PREDECESSOR_UNKNOWN');
    });

    it('409 for a milestone that depends on itself', async () => {
      const programmeId = await planWithChain('a');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones`)
          .set(as())
          .send({
            milestoneId: 'b',
            title: 'B',
            baselineDate: '2006-06-30',
            predecessorIds: ['a', 'b'],
          })
          .expect(409),
      );
      expect(res.body.code).toBe('MILESTONE_DEPENDS_ON_ITSELF');
    });

    it('412 for a stale If-Match', async () => {
      const programmeId = await planWithChain('a', 'b');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones`)
          .set(as())
          .set('If-Match', '"1"')
          .send({ milestoneId: 'c', title: 'C', baselineDate: '2006-06-30' })
          .expect(412),
      );
      expect(res.body).toMatchObject({
        code: 'STREAM_VERSION_CONFLICT',
        expectedVersion: 1,
        currentVersion: 2,
      });
    });
  });

  describe('POST /programmes/:programmeId/milestones/:milestoneId/reschedules', () => {
    const reschedule = {
      forecastDate: '2007-03-31',
      reason: 'PCSO recruitment behind plan in outer boroughs',
    };

    it('moves the forecast with the reason on the event and in the metadata', async () => {
      const programmeId = await planWithChain('a');
      const res = await t.http
        .post(`/programmes/${programmeId}/milestones/a/reschedules`)
        .set(as())
        .set('If-Match', '"1"')
        .send(reschedule)
        .expect(201);
      expect(res.body).toMatchObject({
        streamId: `delivery-plan-${programmeId}`,
        version: 2,
        events: ['MilestoneRescheduled'],
      });
      expect(res.headers.etag).toBe('"2"');
      const { rows } = await db.query(
        `SELECT data, metadata FROM events WHERE stream_id = $1 AND stream_version = 2`,
        [`delivery-plan-${programmeId}`],
      );
      expect(rows[0].data).toMatchObject({
        forecastDate: '2007-03-31',
        previousForecastDate: '2006-06-30',
        reason: reschedule.reason,
      });
      expect(rows[0].metadata).toMatchObject({ reason: reschedule.reason });
    });

    it('400 without a reason or with a bad date', async () => {
      const programmeId = await planWithChain('a');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones/a/reschedules`)
          .set(as())
          .send({ forecastDate: '31/03/2007' })
          .expect(400),
      );
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['forecastDate', 'reason']),
      );
    });

    it('404 for an unknown milestone or programme', async () => {
      const programmeId = await planWithChain('a');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones/ghost/reschedules`)
          .set(as())
          .send(reschedule)
          .expect(404),
      );
      expect(res.body.code).toBe('MILESTONE_NOT_FOUND');
      await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/nowhere/milestones/a/reschedules')
          .set(as())
          .send(reschedule)
          .expect(404),
      );
    });

    it('409 when the forecast does not change, or the milestone is achieved', async () => {
      const programmeId = await planWithChain('a');
      const unchanged = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones/a/reschedules`)
          .set(as())
          .send({ ...reschedule, forecastDate: '2006-06-30' })
          .expect(409),
      );
      expect(unchanged.body.code).toBe('MILESTONE_FORECAST_UNCHANGED');
      await t.http
        .post(`/programmes/${programmeId}/milestones/a/achievement`)
        .set(as())
        .send({ achievedOn: '2006-06-29' })
        .expect(201);
      const achieved = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones/a/reschedules`)
          .set(as())
          .send(reschedule)
          .expect(409),
      );
      expect(achieved.body.code).toBe('MILESTONE_ALREADY_ACHIEVED');
    });

    it('412 for a stale If-Match', async () => {
      const programmeId = await planWithChain('a', 'b');
      await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones/a/reschedules`)
          .set(as())
          .set('If-Match', '"1"')
          .send(reschedule)
          .expect(412),
      );
    });
  });

  describe('POST /programmes/:programmeId/milestones/:milestoneId/achievement', () => {
    it('records the achievement date', async () => {
      const programmeId = await planWithChain('a');
      const res = await t.http
        .post(`/programmes/${programmeId}/milestones/a/achievement`)
        .set(as())
        .set('If-Match', '"1"')
        .send({ achievedOn: '2006-07-14', reason: 'Confirmed at Management Board' })
        .expect(201);
      expect(res.body).toMatchObject({ version: 2, events: ['MilestoneAchieved'] });
      expect(res.headers.etag).toBe('"2"');
    });

    it('400 for a missing or malformed date', async () => {
      const programmeId = await planWithChain('a');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones/a/achievement`)
          .set(as())
          .send({ achievedOn: '2006-7-14' })
          .expect(400),
      );
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['achievedOn']);
    });

    it('404 for an unknown milestone', async () => {
      const programmeId = await planWithChain('a');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones/ghost/achievement`)
          .set(as())
          .send({ achievedOn: '2006-07-14' })
          .expect(404),
      );
      expect(res.body.code).toBe('MILESTONE_NOT_FOUND');
    });

    it('409 before the predecessors are achieved, or when already achieved', async () => {
      const programmeId = await planWithChain('a', 'b');
      const early = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones/b/achievement`)
          .set(as())
          .send({ achievedOn: '2006-07-14' })
          .expect(409),
      );
      expect(early.body.code).toBe('MILESTONE_PREDECESSOR_NOT_ACHIEVED');
      await t.http
        .post(`/programmes/${programmeId}/milestones/a/achievement`)
        .set(as())
        .send({ achievedOn: '2006-07-14' })
        .expect(201);
      const twice = await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones/a/achievement`)
          .set(as())
          .send({ achievedOn: '2006-07-15' })
          .expect(409),
      );
      expect(twice.body.code).toBe('MILESTONE_ALREADY_ACHIEVED');
    });

    it('412 for a stale If-Match', async () => {
      const programmeId = await planWithChain('a', 'b');
      await expectNothingAppended(t, () =>
        t.http
          .post(`/programmes/${programmeId}/milestones/a/achievement`)
          .set(as())
          .set('If-Match', '"5"')
          .send({ achievedOn: '2006-07-14' })
          .expect(412),
      );
    });
  });

  describe('PUT /programmes/:programmeId/milestones/:milestoneId/predecessors', () => {
    it('replaces the predecessors (201 with the new version)', async () => {
      const programmeId = await planWithChain('a', 'b', 'c');
      const res = await t.http
        .put(`/programmes/${programmeId}/milestones/c/predecessors`)
        .set(as())
        .set('If-Match', '"3"')
        .send({ predecessorIds: ['a'], reason: 'Estates work no longer on the critical path' })
        .expect(201);
      expect(res.body).toMatchObject({ version: 4, events: ['MilestoneDependenciesChanged'] });
      expect(res.headers.etag).toBe('"4"');
      const { rows } = await db.query(
        `SELECT data FROM events WHERE stream_id = $1 AND stream_version = 4`,
        [`delivery-plan-${programmeId}`],
      );
      expect(rows[0].data).toMatchObject({ predecessorIds: ['a'], previousPredecessorIds: ['b'] });
    });

    it('400 for a missing list or bad ids', async () => {
      const programmeId = await planWithChain('a', 'b');
      const missing = await expectNothingAppended(t, () =>
        t.http
          .put(`/programmes/${programmeId}/milestones/b/predecessors`)
          .set(as())
          .send({})
          .expect(400),
      );
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'predecessorIds',
      ]);
      await expectNothingAppended(t, () =>
        t.http
          .put(`/programmes/${programmeId}/milestones/b/predecessors`)
          .set(as())
          .send({ predecessorIds: ['../a'] })
          .expect(400),
      );
    });

    it('404 for an unknown milestone', async () => {
      const programmeId = await planWithChain('a');
      const res = await expectNothingAppended(t, () =>
        t.http
          .put(`/programmes/${programmeId}/milestones/ghost/predecessors`)
          .set(as())
          .send({ predecessorIds: ['a'] })
          .expect(404),
      );
      expect(res.body.code).toBe('MILESTONE_NOT_FOUND');
    });

    it('409 for a dependency cycle, or no change', async () => {
      const programmeId = await planWithChain('a', 'b', 'c');
      const cycle = await expectNothingAppended(t, () =>
        t.http
          .put(`/programmes/${programmeId}/milestones/a/predecessors`)
          .set(as())
          .send({ predecessorIds: ['c'] })
          .expect(409),
      );
      expect(cycle.body.code).toBe('MILESTONE_DEPENDENCY_CYCLE');
      const unchanged = await expectNothingAppended(t, () =>
        t.http
          .put(`/programmes/${programmeId}/milestones/c/predecessors`)
          .set(as())
          .send({ predecessorIds: ['b'] })
          .expect(409),
      );
      expect(unchanged.body.code).toBe('MILESTONE_DEPENDENCIES_UNCHANGED');
    });

    it('412 for a stale If-Match', async () => {
      const programmeId = await planWithChain('a', 'b');
      const res = await expectNothingAppended(t, () =>
        t.http
          .put(`/programmes/${programmeId}/milestones/b/predecessors`)
          .set(as())
          .set('If-Match', '"1"')
          .send({ predecessorIds: [] })
          .expect(412),
      );
      expect(res.body).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    });
  });
});
