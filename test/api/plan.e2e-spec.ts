import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';
import { arrange, knownPeople } from '../support/arrange';

/** The plan the programme serves: strategy, objectives, indicators, targets, actuals and the money. */
describe('plan, objectives, indicators and funding', () => {
  let t: TestApp;
  const office = () => as();
  const committee = () => as('oversight-committee');
  const godwin = () => as('lead', 'person-tim-godwin', 'AC Tim Godwin');
  const otherLead = () => as('lead', 'person-someone-else', 'Someone Else');
  let lastPosition = 0;

  const post = async (path: string, body: object, who = office(), status = 201) => {
    const res = await t.http.post(path).set(who).send(body);
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    if (status === 201) lastPosition = res.body.position;
    return res;
  };
  const get = (path: string, who = committee()) =>
    t.http.get(`${path}${path.includes('?') ? '&' : '?'}waitForPosition=${lastPosition}`).set(who);
  const refused = (path: string, body: object, status: number, who = office()) =>
    expectNothingAppended(t, () => post(path, body, who, status));

  const plan = {
    planId: 'pp-2006',
    kind: 'policing-plan',
    title: 'Policing Plan 2006/07',
    firstYear: '2006/07',
    lastYear: '2006/07',
    mission: 'Making London safe for all the people we serve',
    values: ['Fairness'],
    criticalSuccessFactors: ['Public confidence'],
    adoptedOn: '2006-03-30',
  };
  const objective = {
    objectiveId: 'burglary',
    priorityId: 'sn',
    title: 'Reduce residential burglary',
    accountable: { personId: 'person-tim-godwin', name: 'AC Tim Godwin' },
    criticalFocus: true,
    definedOn: '2006-04-01',
  };
  const indicator = {
    indicatorId: 'burglaries',
    title: 'Residential burglaries recorded',
    unit: 'offences',
    direction: 'lower-is-better',
    baseline: { value: 60000, period: '2005/06' },
    dataSource: 'MPS crime recording',
    tolerance: 500,
    definedOn: '2006-04-01',
  };
  const actual = { period: '2006/07', value: 56000, reportedOn: '2007-04-20' };

  beforeAll(async () => {
    t = await createTestApp();
    await knownPeople(t, 'person-tim-godwin', 'person-someone-else');
    const given = arrange(t);
    await given.proposal(await given.programme('mmp'), 'sn-proposal');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('the plan and its priorities', () => {
    it('201: defines a plan, priorities in tiers, a rewording and a merge', async () => {
      const res = await post('/programmes/mmp/plans', plan);
      expect(res.body).toMatchObject({ streamId: 'plan-pp-2006', version: 1, id: 'pp-2006', events: ['PlanDefined'] });
      await post('/plans/pp-2006/priorities', { priorityId: 'sn', tier: 'londoners', title: 'Safer Neighbourhoods', definedOn: '2006-03-30' });
      await post('/plans/pp-2006/priorities', { priorityId: 'ct', tier: 'londoners', title: 'Counter terrorism', definedOn: '2006-03-30' });
      await post('/plans/pp-2006/priorities', { priorityId: 'old', tier: 'excellence', title: 'Old priority', definedOn: '2006-03-30' });
      await post('/plans/pp-2006/priorities/ct/rewordings', { title: 'Counter terrorism, security and protection', reason: 'Renamed', rewordedOn: '2006-04-01' });
      await post('/plans/pp-2006/priorities/old/retirement', { mergedInto: 'sn', reason: 'Folded into Safer Neighbourhoods', retiredOn: '2006-04-02' });
      const read = await get('/plans/pp-2006').expect(200);
      expect(read.body.priorities).toEqual([
        { priorityId: 'sn', tier: 'londoners', title: 'Safer Neighbourhoods', status: 'in-force', mergedInto: null, titles: ['Safer Neighbourhoods'] },
        { priorityId: 'ct', tier: 'londoners', title: 'Counter terrorism, security and protection', status: 'in-force', mergedInto: null, titles: ['Counter terrorism', 'Counter terrorism, security and protection'] },
        { priorityId: 'old', tier: 'excellence', title: 'Old priority', status: 'retired', mergedInto: 'sn', titles: ['Old priority'] },
      ]);
      expect(read.body.history.map((h: { change: string; reason: string | null }) => [h.change, h.reason])).toEqual([
        ['defined', null],
        ['priority-defined', null],
        ['priority-defined', null],
        ['priority-defined', null],
        ['priority-reworded', 'Renamed'],
        ['priority-retired', 'Folded into Safer Neighbourhoods'],
      ]);
      const list = await get('/programmes/mmp/plans').expect(200);
      expect(list.body.items.map((p: { planId: string }) => p.planId)).toEqual(['pp-2006']);
    });

    it('400 with the field: a bad year, a missing reason', async () => {
      const bad = await refused('/programmes/mmp/plans', { ...plan, planId: 'x', firstYear: '2006' }, 400);
      expect(bad.body.errors[0].field).toBe('firstYear');
      const noReason = await refused('/plans/pp-2006/priorities/sn/rewordings', { title: 'New', rewordedOn: '2006-05-01' }, 400);
      expect(noReason.body.errors[0].field).toBe('reason');
    });

    it('403 for roles other than the programme office', async () => {
      await refused('/plans/pp-2006/priorities', { priorityId: 'p2', tier: 'londoners', title: 'x', definedOn: '2006-04-01' }, 403, committee());
      await refused('/programmes/mmp/plans', { ...plan, planId: 'by-lead' }, 403, godwin());
    });

    it('404: a programme, a plan or a priority that does not exist', async () => {
      expect((await refused('/programmes/nope/plans', { ...plan, planId: 'p-x' }, 404)).body.code).toBe('PROGRAMME_NOT_FOUND');
      expect((await refused('/plans/nope/priorities', { priorityId: 'a', tier: 'londoners', title: 'x', definedOn: '2006-04-01' }, 404)).body.code).toBe('PLAN_NOT_FOUND');
      expect((await refused('/plans/pp-2006/priorities/nope/rewordings', { title: 'x', reason: 'y', rewordedOn: '2006-04-01' }, 404)).body.code).toBe('PRIORITY_NOT_FOUND');
      await get('/plans/nope').expect(404);
    });

    it('409: a plan twice, a retired priority reworded, the same wording', async () => {
      expect((await refused('/programmes/mmp/plans', plan, 409)).body.code).toBe('PLAN_ALREADY_DEFINED');
      const retired = await refused('/plans/pp-2006/priorities/old/rewordings', { title: 'x', reason: 'y', rewordedOn: '2006-05-01' }, 409);
      expect(retired.body).toMatchObject({ code: 'PRIORITY_RETIRED' });
      expect((await refused('/plans/pp-2006/priorities/sn/rewordings', { title: 'Safer Neighbourhoods', reason: 'y', rewordedOn: '2006-05-01' }, 409)).body.code).toBe('PRIORITY_WORDING_UNCHANGED');
    });

    it('412: a stale If-Match', async () => {
      await expectNothingAppended(t, () =>
        t.http.post('/plans/pp-2006/priorities').set(office()).set('If-Match', '"1"').send({ priorityId: 'late', tier: 'londoners', title: 'x', definedOn: '2006-04-01' }).expect(412),
      );
    });
  });

  describe('objectives, indicators, targets and actuals', () => {
    it('201: an objective under a priority in force, an indicator and a target', async () => {
      const res = await post('/plans/pp-2006/objectives', objective);
      expect(res.body).toMatchObject({ streamId: 'objective-burglary', id: 'burglary', events: ['ObjectiveDefined'] });
      await post('/objectives/burglary/indicators', indicator);
      await post('/objectives/burglary/indicators/burglaries/targets', { period: '2006/07', value: 55000 });
      const read = await get('/objectives/burglary').expect(200);
      expect(read.body).toMatchObject({ planId: 'pp-2006', programmeId: 'mmp', years: ['2006/07'], accountable: objective.accountable, criticalFocus: true });
      expect(read.body.indicators[0]).toMatchObject({ indicatorId: 'burglaries', targets: { '2006/07': 55000 }, actuals: {} });
    });

    it('409: a retired priority given a new objective; 404: a plan that does not exist', async () => {
      const res = await refused('/plans/pp-2006/objectives', { ...objective, objectiveId: 'o2', priorityId: 'old' }, 409);
      expect(res.body).toMatchObject({ code: 'PRIORITY_RETIRED' });
      expect((await refused('/plans/nope/objectives', { ...objective, objectiveId: 'o3' }, 404)).body.code).toBe('PLAN_NOT_FOUND');
      expect((await refused('/objectives/nope/indicators', indicator, 404)).body.code).toBe('OBJECTIVE_NOT_FOUND');
      expect((await refused('/objectives/burglary/indicators/nope/targets', { period: '2006/07', value: 1 }, 404)).body.code).toBe('INDICATOR_NOT_FOUND');
    });

    it('409: a target for a period outside the plan', async () => {
      const res = await refused('/objectives/burglary/indicators/burglaries/targets', { period: '2007/08', value: 50000 }, 409);
      expect(res.body).toMatchObject({ code: 'PERIOD_OUTSIDE_PLAN' });
    });

    it('400: a tolerance below zero, a value that is not a number, a body field the route does not take', async () => {
      expect((await refused('/objectives/burglary/indicators', { ...indicator, indicatorId: 'i2', tolerance: -1 }, 400)).body.errors[0].field).toBe('tolerance');
      expect((await refused('/objectives/burglary/indicators/burglaries/actuals', { ...actual, value: 'many' }, 400)).body.errors[0].field).toBe('value');
      await refused('/plans/pp-2006/objectives', { ...objective, objectiveId: 'o4', plan: { planId: 'pp-2006', years: ['1999/00'] } }, 400);
    });

    it('403: the committee reports nothing; a lead not accountable is refused with NOT_ACCOUNTABLE', async () => {
      await refused('/objectives/burglary/indicators/burglaries/actuals', actual, 403, committee());
      const res = await refused('/objectives/burglary/indicators/burglaries/actuals', actual, 403, otherLead());
      expect(res.body.code).toBe('NOT_ACCOUNTABLE');
      await refused('/objectives/burglary/indicators/burglaries/targets', { period: '2006/07', value: 1 }, 403, godwin());
    });

    it('201: the accountable member reports an actual outside tolerance; the performance view shows it off track, with who', async () => {
      await post('/objectives/burglary/indicators/burglaries/actuals', actual, godwin());
      const res = await get('/plans/pp-2006/performance?period=2006/07').expect(200);
      expect(res.body.offTrack).toEqual([
        {
          objectiveId: 'burglary',
          objective: 'Reduce residential burglary',
          indicatorId: 'burglaries',
          indicator: 'Residential burglaries recorded',
          unit: 'offences',
          target: 55000,
          actual: 56000,
          tolerance: 500,
          accountable: { personId: 'person-tim-godwin', name: 'AC Tim Godwin' },
          servedBy: [],
        },
      ]);
      const sn = res.body.priorities.find((p: { priorityId: string }) => p.priorityId === 'sn');
      expect(sn.objectives[0]).toMatchObject({ objectiveId: 'burglary', offTrack: true, indicators: [{ status: 'off-track', target: 55000, actual: 56000 }] });
    });

    it('409: an actual twice for one period; a correction needs a reason and then brings it back on track', async () => {
      expect((await refused('/objectives/burglary/indicators/burglaries/actuals', actual, 409)).body).toMatchObject({ code: 'ACTUAL_ALREADY_REPORTED' });
      await refused('/objectives/burglary/indicators/burglaries/corrections', { period: '2006/07', value: 55200, correctedOn: '2007-05-01' }, 400);
      const before = new Date().toISOString();
      await post('/objectives/burglary/indicators/burglaries/corrections', { period: '2006/07', value: 55200, reason: 'Late returns', correctedOn: '2007-05-01' });
      const now = await get('/plans/pp-2006/performance').expect(200);
      expect(now.body.offTrack).toEqual([]);
      const then = await get(`/plans/pp-2006/performance?at=${encodeURIComponent(before)}`).expect(200);
      expect(then.body.offTrack.map((o: { actual: number }) => o.actual)).toEqual([56000]);
      expect(then.body.asAt).toBe(before);
      const read = await get('/objectives/burglary').expect(200);
      expect(read.body.indicators[0].actuals['2006/07']).toMatchObject({ value: 55200, reportedBy: 'AC Tim Godwin', corrections: [{ previousValue: 56000, value: 55200, reason: 'Late returns' }] });
    });

    it('accountability moves with a reason, and the new member reports', async () => {
      await refused('/objectives/burglary/accountability', { accountable: objective.accountable, reason: 'x', assignedOn: '2006-09-01' }, 409);
      await post('/objectives/burglary/accountability', { accountable: { personId: 'person-someone-else', name: 'Someone Else' }, reason: 'Portfolio change', assignedOn: '2006-09-01' });
      await refused('/objectives/burglary/indicators/burglaries/corrections', { period: '2006/07', value: 55000, reason: 'x', correctedOn: '2007-05-02' }, 403, godwin());
      await post('/objectives/burglary/indicators/burglaries/corrections', { period: '2006/07', value: 55000, reason: 'Audited', correctedOn: '2007-05-02' }, otherLead());
      const read = await get('/objectives/burglary').expect(200);
      expect(read.body.accountableHistory.map((a: { name: string }) => a.name)).toEqual(['AC Tim Godwin', 'Someone Else']);
    });
  });

  describe('funding', () => {
    const line = (lineId: string, kind: string, amountPence: number, source: string | null = null) => ({ lineId, year: '2006/07', kind, source, label: lineId, amountPence });

    it('201: resources, requirement and savings in pence; the gap derived', async () => {
      await post('/programmes/mmp/funding-lines', line('precept', 'resource', 3_100_000_000, 'precept'));
      await post('/programmes/mmp/funding-lines', line('grant', 'resource', 7_700_000_000, 'grant'));
      await post('/programmes/mmp/funding-lines', line('net', 'requirement', 13_400_000_000));
      await post('/programmes/mmp/funding-lines', { ...line('sn-bid', 'resource', 100, 'home-office-bid'), proposalId: 'sn-proposal' });
      await post('/programmes/mmp/funding-lines/sn-bid/revisions', { amountPence: 0, reason: 'Bid refused' });
      const res = await get('/programmes/mmp/funding').expect(200);
      expect(res.body.years).toEqual([{ year: '2006/07', resourcesPence: 10_800_000_000, requirementPence: 13_400_000_000, savingsPence: 0, gapPence: -2_600_000_000 }]);
      expect(res.body.lines.find((l: { lineId: string }) => l.lineId === 'sn-bid')).toMatchObject({ proposalId: 'sn-proposal', amountPence: 0, revisions: [{ previousAmountPence: 100, amountPence: 0, reason: 'Bid refused' }] });
    });

    it('refuses what is wrong and appends nothing: 400, 403, 404, 409', async () => {
      expect((await refused('/programmes/mmp/funding-lines', line('x', 'resource', 1.5, 'grant'), 400)).body.errors[0].field).toBe('amountPence');
      expect((await refused('/programmes/mmp/funding-lines', line('x', 'resource', 1), 400)).body).toMatchObject({ code: 'FUNDING_SOURCE_REQUIRED', errors: [{ field: 'source' }] });
      await refused('/programmes/mmp/funding-lines', line('x', 'resource', 1, 'grant'), 403, committee());
      expect((await refused('/programmes/nope/funding-lines', line('x', 'resource', 1, 'grant'), 404)).body.code).toBe('PROGRAMME_NOT_FOUND');
      expect((await refused('/programmes/mmp/funding-lines', { ...line('x', 'resource', 1, 'grant'), proposalId: 'nope' }, 404)).body.code).toBe('PROPOSAL_NOT_FOUND');
      expect((await refused('/programmes/mmp/funding-lines/nope/revisions', { amountPence: 1, reason: 'x' }, 404)).body.code).toBe('FUNDING_LINE_NOT_FOUND');
      expect((await refused('/programmes/mmp/funding-lines', line('precept', 'resource', 1, 'grant'), 409)).body.code).toBe('FUNDING_LINE_ALREADY_RECORDED');
      expect((await refused('/programmes/mmp/funding-lines/precept/revisions', { amountPence: 3_100_000_000, reason: 'x' }, 409)).body.code).toBe('FUNDING_AMOUNT_UNCHANGED');
      await get('/programmes/nope/funding').expect(404);
    });
  });
});
