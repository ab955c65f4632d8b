import { Client } from 'pg';
import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';
import { arrange, knownPeople } from '../support/arrange';

/** A cash benefit of the Safer Neighbourhoods proposal, planned over two financial years. */
function cashBenefit(benefitId: string, extra: Record<string, unknown> = {}) {
  return {
    benefitId,
    description: 'Back-office savings redeployed to Safer Neighbourhoods teams',
    observableOutcome: 'Officer hours moved from the back office to wards',
    measure: 'Cashable saving against the 2005/06 base budget',
    unit: 'GBP-pence',
    attribution: 'Resources Directorate budget monitoring',
    cashReleasing: true,
    quantitative: true,
    isDisbenefit: false,
    ownerId: 'lead-sn',
    ownerName: 'AC Territorial Policing',
    baseline: 0,
    target: 1_200_000_000,
    fullYearValue: 600_000_000,
    schedule: [
      { period: '2006/07', plannedValue: 600_000_000 },
      { period: '2007/08', plannedValue: 1_200_000_000 },
    ],
    ...extra,
  };
}

const realisation = {
  period: '2006/07',
  actual: 550_000_000,
  forecastRemaining: 650_000_000,
  evidence: 'Outturn report 2006/07',
  commentary: 'Two boroughs late to go live',
};

describe('benefits', () => {
  let t: TestApp;
  let db: Client;

  async function streamEvents(streamId: string) {
    const { rows } = await db.query(
      'SELECT event_type, data, metadata FROM events WHERE stream_id = $1 ORDER BY stream_version',
      [streamId],
    );
    return rows as {
      event_type: string;
      data: Record<string, unknown>;
      metadata: Record<string, unknown>;
    }[];
  }

  /** Plans a fresh benefit of proposal `sn` and returns its URL. */
  async function plannedBenefit(benefitId: string): Promise<string> {
    await t.http.post('/proposals/sn/benefits').set(as()).send(cashBenefit(benefitId)).expect(201);
    return `/proposals/sn/benefits/${benefitId}`;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await knownPeople(t, 'lead-sn', 'director-of-resources');
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    // Arrange through the API: programme, outcome, two proposals (sn agreed), a second programme.
    const given = arrange(t);
    await given.programme('mmp', 'Communities are, and feel, safer');
    await given.programme('other', 'Communities are, and feel, safer');
    await given.proposal('mmp', 'sn', 'sn');
    await given.proposal('mmp', 'ssc', 'ssc');
    await given.proposal('other', 'elsewhere', 'elsewhere');
    await given.agreed('sn');
    // lead-sn, who reports realisations below, leads sn.
    await given.lead('sn', 'lead-sn');
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('POST /proposals/:proposalId/benefits', () => {
    it("plans a benefit under the proposal's programme, with version, position and ETag", async () => {
      const res = await t.http
        .post('/proposals/sn/benefits')
        .set(as())
        .send(cashBenefit('sn-savings', { reason: 'From the SN business case v1' }))
        .expect(201);
      expect(res.body).toMatchObject({
        streamId: 'benefit-sn-savings',
        version: 1,
        id: 'sn-savings',
        duplicate: false,
        events: ['BenefitPlanned'],
      });
      expect(res.body.position).toBeGreaterThan(0);
      expect(res.headers.etag).toBe('"1"');
      const [planned] = await streamEvents('benefit-sn-savings');
      expect(planned.data).toMatchObject({
        programmeId: 'mmp',
        proposalId: 'sn',
        target: 1_200_000_000,
      });
      expect(planned.metadata).toMatchObject({ reason: 'From the SN business case v1' });
    });

    it('generates the id when none is given', async () => {
      const { benefitId: _omitted, ...body } = cashBenefit('x');
      const res = await t.http.post('/proposals/sn/benefits').set(as()).send(body).expect(201);
      expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.streamId).toBe(`benefit-${res.body.id}`);
    });

    it('400 lists each bad field, also nested schedule entries, and appends nothing', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/proposals/sn/benefits')
          .set(as())
          .send({
            ...cashBenefit('bad id!'),
            description: '',
            cashReleasing: 'yes',
            baseline: -1,
            target: 12.5,
            schedule: [{ period: '2006-07', plannedValue: 0.1 }],
            measure: undefined,
            extra: true,
          })
          .expect(400),
      );
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const fields = res.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'benefitId',
          'description',
          'cashReleasing',
          'baseline',
          'target',
          'measure',
          'schedule[0].period',
          'schedule[0].plannedValue',
          'extra',
        ]),
      );
    });

    it('400 with the domain code for an inconsistent profile', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/proposals/sn/benefits')
          .set(as())
          .send(cashBenefit('sn-hours', { unit: 'hours' }))
          .expect(400),
      );
      expect(res.body.code).toBe('BENEFIT_CASH_UNIT_REQUIRED');
    });

    it('404 for an unknown proposal, 400 for a bad id in the path', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/proposals/nowhere/benefits')
          .set(as())
          .send(cashBenefit('b-nowhere'))
          .expect(404),
      );
      expect(res.body.code).toBe('PROPOSAL_NOT_FOUND');
      await expectNothingAppended(t, () =>
        t.http.post('/proposals/%20bad/benefits').set(as()).send(cashBenefit('b-bad')).expect(400),
      );
    });

    it('409 when the benefit is already planned', async () => {
      await plannedBenefit('sn-twice');
      const res = await expectNothingAppended(t, () =>
        t.http.post('/proposals/sn/benefits').set(as()).send(cashBenefit('sn-twice')).expect(409),
      );
      expect(res.body.code).toBe('BENEFIT_ALREADY_PLANNED');
    });

    it('412 for a stale If-Match', async () => {
      await plannedBenefit('sn-stale-plan');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/proposals/sn/benefits')
          .set(as())
          .set('If-Match', '"0"')
          .send(cashBenefit('sn-stale-plan'))
          .expect(412),
      );
      expect(res.body).toMatchObject({
        code: 'STREAM_VERSION_CONFLICT',
        expectedVersion: 0,
        currentVersion: 1,
      });
    });
  });

  describe('POST /programmes/:programmeId/benefits', () => {
    const target = cashBenefit('savings-70m', {
      description: 'Efficiency savings of £70m from the Service Review proposals',
      ownerId: 'director-of-resources',
      ownerName: 'Director of Resources',
      target: 7_000_000_000,
      fullYearValue: null,
      schedule: [
        { period: '2006/07', plannedValue: 3_500_000_000 },
        { period: '2007/08', plannedValue: 7_000_000_000 },
      ],
    });

    it('plans a programme-level benefit (the £70m savings target) with no proposal', async () => {
      const res = await t.http.post('/programmes/mmp/benefits').set(as()).send(target).expect(201);
      expect(res.body).toMatchObject({
        streamId: 'benefit-savings-70m',
        version: 1,
        id: 'savings-70m',
      });
      expect(res.headers.etag).toBe('"1"');
      const [planned] = await streamEvents('benefit-savings-70m');
      expect(planned.data).toMatchObject({
        programmeId: 'mmp',
        proposalId: null,
        target: 7_000_000_000,
      });
    });

    it('400, 404, 409 and 412 like the proposal route', async () => {
      const bad = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp/benefits')
          .set(as())
          .send({ ...target, target: '70m' })
          .expect(400),
      );
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['target']);
      const missing = await expectNothingAppended(t, () =>
        t.http.post('/programmes/nowhere/benefits').set(as()).send(target).expect(404),
      );
      expect(missing.body.code).toBe('PROGRAMME_NOT_FOUND');
      const twice = await expectNothingAppended(t, () =>
        t.http.post('/programmes/mmp/benefits').set(as()).send(target).expect(409),
      );
      expect(twice.body.code).toBe('BENEFIT_ALREADY_PLANNED');
      await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp/benefits')
          .set(as())
          .set('If-Match', '"7"')
          .send(target)
          .expect(412),
      );
    });

    it('reports, re-forecasts and corrects it through the programme routes', async () => {
      const url = '/programmes/mmp/benefits/savings-70m';
      await t.http
        .post(`${url}/realisations`)
        .set(as())
        .send({ ...realisation, actual: 3_100_000_000 })
        .expect(201);
      await t.http
        .post(`${url}/reforecasts`)
        .set(as())
        .send({
          schedule: [
            { period: '2006/07', plannedValue: 3_000_000_000 },
            { period: '2007/08', plannedValue: 7_000_000_000 },
          ],
          reason: 'Phasing revised',
        })
        .expect(201);
      const res = await t.http
        .post(`${url}/realisations/2006-07/corrections`)
        .set(as())
        .send({ actual: 3_050_000_000, reason: 'Audited outturn' })
        .expect(201);
      expect(res.body).toMatchObject({ version: 4, events: ['BenefitRealisationCorrected'] });
    });

    it("404 when a proposal's benefit is addressed through the programme, or the reverse", async () => {
      await plannedBenefit('sn-not-programme');
      const viaProgramme = await expectNothingAppended(t, () =>
        t.http
          .post('/programmes/mmp/benefits/sn-not-programme/realisations')
          .set(as())
          .send(realisation)
          .expect(404),
      );
      expect(viaProgramme.body.code).toBe('BENEFIT_NOT_PLANNED');
      await expectNothingAppended(t, () =>
        t.http
          .post('/proposals/sn/benefits/savings-70m/realisations')
          .set(as())
          .send(realisation)
          .expect(404),
      );
    });
  });

  describe('POST /proposals/:proposalId/benefits/:benefitId/reforecasts', () => {
    const reforecast = {
      schedule: [
        { period: '2006/07', plannedValue: 400_000_000 },
        { period: '2007/08', plannedValue: 1_200_000_000 },
      ],
      reason: 'Go-live moved to Q3 2006/07',
    };

    it('re-forecasts with the reason on the event and in the metadata', async () => {
      const url = await plannedBenefit('sn-reforecast');
      const res = await t.http
        .post(`${url}/reforecasts`)
        .set(as())
        .set('If-Match', '"1"')
        .send(reforecast)
        .expect(201);
      expect(res.body).toMatchObject({
        streamId: 'benefit-sn-reforecast',
        version: 2,
        events: ['BenefitReforecast'],
      });
      expect(res.headers.etag).toBe('"2"');
      const [, event] = await streamEvents('benefit-sn-reforecast');
      expect(event.data).toMatchObject({
        reason: 'Go-live moved to Q3 2006/07',
        previousSchedule: cashBenefit('x').schedule,
      });
      expect(event.metadata).toMatchObject({ reason: 'Go-live moved to Q3 2006/07' });
    });

    it('400 without a reason or with a bad schedule', async () => {
      const url = await plannedBenefit('sn-reforecast-400');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/reforecasts`)
          .set(as())
          .send({ schedule: [{ period: '2006/7', plannedValue: -5 }] })
          .expect(400),
      );
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['reason', 'schedule[0].period', 'schedule[0].plannedValue']),
      );
      const empty = await expectNothingAppended(t, () =>
        t.http.post(`${url}/reforecasts`).set(as()).send({ schedule: [], reason: 'x' }).expect(400),
      );
      expect(empty.body.errors.map((e: { field: string }) => e.field)).toEqual(['schedule']);
    });

    it('404 for an unknown benefit, or one of another proposal', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/proposals/sn/benefits/nothing/reforecasts')
          .set(as())
          .send(reforecast)
          .expect(404),
      );
      expect(res.body.code).toBe('BENEFIT_NOT_PLANNED');
      await plannedBenefit('sn-not-ssc');
      const other = await expectNothingAppended(t, () =>
        t.http
          .post('/proposals/ssc/benefits/sn-not-ssc/reforecasts')
          .set(as())
          .send(reforecast)
          .expect(404),
      );
      expect(other.body.code).toBe('BENEFIT_NOT_PLANNED');
    });

    it('409 when a reported period would drop out of the schedule', async () => {
      const url = await plannedBenefit('sn-reforecast-409');
      await t.http.post(`${url}/realisations`).set(as()).send(realisation).expect(201);
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/reforecasts`)
          .set(as())
          .send({
            schedule: [{ period: '2007/08', plannedValue: 1_200_000_000 }],
            reason: 'Drop the first year',
          })
          .expect(409),
      );
      expect(res.body.code).toBe('BENEFIT_REPORTED_PERIOD_REMOVED');
    });

    it('412 for a stale If-Match', async () => {
      const url = await plannedBenefit('sn-reforecast-412');
      await t.http
        .post(`${url}/reforecasts`)
        .set(as())
        .set('If-Match', '"1"')
        .send(reforecast)
        .expect(201);
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/reforecasts`)
          .set(as())
          .set('If-Match', '"1"')
          .send({ ...reforecast, reason: 'again' })
          .expect(412),
      );
      expect(res.body).toMatchObject({
        code: 'STREAM_VERSION_CONFLICT',
        expectedVersion: 1,
        currentVersion: 2,
      });
    });
  });

  describe('POST /proposals/:proposalId/benefits/:benefitId/realisations', () => {
    it('records the realisation, reported by the signed-in actor', async () => {
      const url = await plannedBenefit('sn-realised');
      const res = await t.http
        .post(`${url}/realisations`)
        .set(as('lead', 'lead-sn', 'AC Territorial Policing'))
        .set('If-Match', '"1"')
        .send({ ...realisation, reason: '  The quarterly outturn is in  ' })
        .expect(201);
      expect(res.body).toMatchObject({
        streamId: 'benefit-sn-realised',
        version: 2,
        events: ['BenefitRealised'],
      });
      expect(res.headers.etag).toBe('"2"');
      const [, event] = await streamEvents('benefit-sn-realised');
      expect(event.data).toMatchObject({
        period: '2006/07',
        actual: 550_000_000,
        reportedBy: 'lead-sn',
      });
      // The reason travels on the command and is recorded, trimmed, with the event.
      expect(event.metadata).toMatchObject({ actor: { id: 'lead-sn', role: 'lead' }, reason: 'The quarterly outturn is in' });
    });

    it('accepts a quarter and a negative actual', async () => {
      const url = '/proposals/sn/benefits/sn-quarters';
      await t.http
        .post('/proposals/sn/benefits')
        .set(as())
        .send(cashBenefit('sn-quarters', { schedule: [{ period: '2006-Q3', plannedValue: 100 }] }))
        .expect(201);
      await t.http
        .post(`${url}/realisations`)
        .set(as())
        .send({ ...realisation, period: '2006-Q3', actual: -25 })
        .expect(201);
    });

    it('400 lists bad fields; the reporter cannot be set in the body', async () => {
      const url = await plannedBenefit('sn-realised-400');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/realisations`)
          .set(as())
          .send({ period: 'FY2006', actual: 1.5, evidence: '', reportedBy: 'someone-else' })
          .expect(400),
      );
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['period', 'actual', 'evidence', 'reportedBy']),
      );
    });

    it('404 for an unknown benefit', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/proposals/sn/benefits/nothing/realisations')
          .set(as())
          .send(realisation)
          .expect(404),
      );
      expect(res.body.code).toBe('BENEFIT_NOT_PLANNED');
    });

    it('409 for a period already reported, or not scheduled', async () => {
      const url = await plannedBenefit('sn-realised-409');
      await t.http.post(`${url}/realisations`).set(as()).send(realisation).expect(201);
      const again = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/realisations`)
          .set(as())
          .send({ ...realisation, actual: 1 })
          .expect(409),
      );
      expect(again.body.code).toBe('BENEFIT_PERIOD_ALREADY_REPORTED');
      // A rule's 409 names the field it is about, so a form can put the message beside it.
      expect(again.body.field).toBe('period');
      const unscheduled = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/realisations`)
          .set(as())
          .send({ ...realisation, period: '2009/10' })
          .expect(409),
      );
      expect(unscheduled.body.code).toBe('BENEFIT_PERIOD_NOT_SCHEDULED');
      expect(unscheduled.body.field).toBe('period');
    });

    it('412 for a stale If-Match', async () => {
      const url = await plannedBenefit('sn-realised-412');
      await t.http.post(`${url}/realisations`).set(as()).send(realisation).expect(201);
      await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/realisations`)
          .set(as())
          .set('If-Match', '"1"')
          .send({ ...realisation, period: '2007/08' })
          .expect(412),
      );
    });

    it('an Idempotency-Key retry records the realisation once', async () => {
      const url = await plannedBenefit('sn-realised-retry');
      const first = await t.http
        .post(`${url}/realisations`)
        .set(as())
        .set('Idempotency-Key', 'r-1')
        .send(realisation)
        .expect(201);
      const retry = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/realisations`)
          .set(as())
          .set('Idempotency-Key', 'r-1')
          .send(realisation),
      );
      expect(retry.body).toMatchObject({ duplicate: true, version: first.body.version });
    });
  });

  describe('POST /proposals/:proposalId/benefits/:benefitId/realisations/:period/corrections', () => {
    async function reportedBenefit(benefitId: string) {
      const url = await plannedBenefit(benefitId);
      await t.http.post(`${url}/realisations`).set(as()).send(realisation).expect(201);
      return url;
    }

    it("corrects a period written '2006-07' in the path, which means 2006/07", async () => {
      const url = await reportedBenefit('sn-corrected');
      const res = await t.http
        .post(`${url}/realisations/2006-07/corrections`)
        .set(as())
        .set('If-Match', '"2"')
        .send({ actual: 540_000_000, reason: 'Audited outturn lower than provisional' })
        .expect(201);
      expect(res.body).toMatchObject({
        streamId: 'benefit-sn-corrected',
        version: 3,
        events: ['BenefitRealisationCorrected'],
      });
      expect(res.headers.etag).toBe('"3"');
      const [, , event] = await streamEvents('benefit-sn-corrected');
      expect(event.data).toMatchObject({
        period: '2006/07',
        actual: 540_000_000,
        previousActual: 550_000_000,
      });
      expect(event.metadata).toMatchObject({ reason: 'Audited outturn lower than provisional' });
      // The URL-encoded domain spelling works too.
      await t.http
        .post(`${url}/realisations/2006%2F07/corrections`)
        .set(as())
        .send({ actual: 545_000_000, reason: 'Late journal' })
        .expect(201);
    });

    it('400 for a bad period in the path, a missing reason or a fractional actual', async () => {
      const url = await reportedBenefit('sn-corrected-400');
      const period = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/realisations/FY06/corrections`)
          .set(as())
          .send({ actual: 1, reason: 'r' })
          .expect(400),
      );
      expect(period.body.errors).toEqual([
        { field: 'period', messages: [expect.stringContaining('2006-07')] },
      ]);
      const body = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/realisations/2006-07/corrections`)
          .set(as())
          .send({ actual: 0.5 })
          .expect(400),
      );
      expect(body.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['actual', 'reason']),
      );
    });

    it('404 for an unknown benefit or one of another proposal', async () => {
      await expectNothingAppended(t, () =>
        t.http
          .post('/proposals/sn/benefits/nothing/realisations/2006-07/corrections')
          .set(as())
          .send({ actual: 1, reason: 'r' })
          .expect(404),
      );
      await reportedBenefit('sn-corrected-404');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post('/proposals/elsewhere/benefits/sn-corrected-404/realisations/2006-07/corrections')
          .set(as())
          .send({ actual: 1, reason: 'r' })
          .expect(404),
      );
      expect(res.body.code).toBe('BENEFIT_NOT_PLANNED');
    });

    it('409 for a period not reported, or a correction that changes nothing', async () => {
      const url = await reportedBenefit('sn-corrected-409');
      const notReported = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/realisations/2007-08/corrections`)
          .set(as())
          .send({ actual: 1, reason: 'r' })
          .expect(409),
      );
      expect(notReported.body.code).toBe('BENEFIT_PERIOD_NOT_REPORTED');
      const unchanged = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/realisations/2006-07/corrections`)
          .set(as())
          .send({ actual: realisation.actual, reason: 'r' })
          .expect(409),
      );
      expect(unchanged.body.code).toBe('BENEFIT_CORRECTION_UNCHANGED');
    });

    it('412 for a stale If-Match', async () => {
      const url = await reportedBenefit('sn-corrected-412');
      const res = await expectNothingAppended(t, () =>
        t.http
          .post(`${url}/realisations/2006-07/corrections`)
          .set(as())
          .set('If-Match', '"1"')
          .send({ actual: 1, reason: 'r' })
          .expect(412),
      );
      expect(res.body).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    });
  });
});
