import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';
import { arrange, knownPeople } from '../support/arrange';

/**
 * Which objectives a proposal serves: its aims, outcomes and objectives amended with a reason
 * (POST /proposals/:id/aims), the performance view naming the proposals that serve the
 * objectives off track, and the plan, performance and funding read on a business day.
 */
describe('a proposal’s aims and the objectives it serves; the plan in business time', () => {
  let t: TestApp;
  const office = () => as();
  const committee = () => as('oversight-committee');
  let lastPosition = 0;

  const post = async (path: string, body: object, who = office(), status = 201) => {
    const res = await t.http.post(path).set(who).send(body);
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    if (status === 201) lastPosition = res.body.position;
    return res;
  };
  const get = (path: string, who = committee()) => t.http.get(`${path}${path.includes('?') ? '&' : '?'}waitForPosition=${lastPosition}`).set(who);
  const refused = (path: string, body: object, status: number, who = office()) => expectNothingAppended(t, () => post(path, body, who, status));

  const amendment = {
    aims: 'A team in every ward, serving the 2006/07 plan',
    outcomeIds: ['safer', 'confident'],
    objectiveIds: ['burglary'],
    amendedOn: '2006-04-03',
    reason: 'The 2006/07 policing plan sets the objectives it serves',
  };

  beforeAll(async () => {
    t = await createTestApp();
    const given = arrange(t);
    await knownPeople(t, 'person-tim-godwin');
    await given.proposal(await given.programme('mmp'), 'sn');
    await post('/programmes/mmp/strategic-outcomes', { outcomeId: 'confident', title: 'Confident communities' });
    await given.bareProgramme('other');
    const plan = (planId: string, programmeId: string) =>
      post(`/programmes/${programmeId}/plans`, { planId, kind: 'policing-plan', title: `Plan ${planId}`, firstYear: '2006/07', lastYear: '2006/07', values: [], criticalSuccessFactors: [], adoptedOn: '2006-03-30' });
    const objective = (planId: string, objectiveId: string, priorityId: string) =>
      post(`/plans/${planId}/objectives`, { objectiveId, priorityId, title: `Objective ${objectiveId}`, accountable: { personId: 'person-tim-godwin', name: 'AC Tim Godwin' }, definedOn: '2006-04-01' });
    await plan('pp', 'mmp');
    await post('/plans/pp/priorities', { priorityId: 'sn', tier: 'londoners', title: 'Safer Neighbourhoods', definedOn: '2006-03-30' });
    await post('/plans/pp/priorities', { priorityId: 'old', tier: 'excellence', title: 'Old priority', definedOn: '2006-03-30' });
    await objective('pp', 'burglary', 'sn');
    await objective('pp', 'legacy', 'old');
    await post('/plans/pp/priorities/old/retirement', { mergedInto: 'sn', reason: 'Folded into Safer Neighbourhoods', retiredOn: '2006-04-02' });
    await post('/objectives/burglary/indicators', { indicatorId: 'burglaries', title: 'Residential burglaries', unit: 'offences', direction: 'lower-is-better', dataSource: 'MPS crime recording', tolerance: 500, definedOn: '2006-04-01' });
    await post('/objectives/burglary/indicators/burglaries/targets', { period: '2006/07', value: 55000 });
    await post('/objectives/burglary/indicators/burglaries/actuals', { period: '2006/07', value: 56000, reportedOn: '2007-04-20' });
    await plan('other-plan', 'other');
    await post('/plans/other-plan/priorities', { priorityId: 'p', tier: 'londoners', title: 'Elsewhere', definedOn: '2006-03-30' });
    await objective('other-plan', 'elsewhere', 'p');
  }, 120_000);
  afterAll(() => t.close());

  describe('POST /proposals/:id/aims', () => {
    it('201: amends the aims and links an objective; the previous aims are kept and the trail says why', async () => {
      const res = await post('/proposals/sn/aims', amendment);
      expect(res.body).toMatchObject({ streamId: 'proposal-sn', events: ['ProposalAimsAmended'] });
      const read = await get('/proposals/sn').expect(200);
      expect(read.body).toMatchObject({
        aims: amendment.aims,
        outcomeIds: ['safer', 'confident'],
        objectiveIds: ['burglary'],
        aimsAmendments: [{ amendedOn: '2006-04-03', reason: amendment.reason, previous: { aims: 'A team in every ward', outcomeIds: ['safer'], objectiveIds: [] } }],
      });
      const step = read.body.timeline.find((e: { eventType: string }) => e.eventType === 'ProposalAimsAmended');
      expect(step).toMatchObject({ reason: amendment.reason, actorRole: 'programme-office' });
      expect(step.sentence).toContain('objectives: burglary');
    });

    it('the performance view names the proposals serving the objective that is off track', async () => {
      const res = await get('/plans/pp/performance').expect(200);
      expect(res.body.offTrack).toEqual([expect.objectContaining({ objectiveId: 'burglary', servedBy: [{ proposalId: 'sn', title: 'Safer Neighbourhoods' }] })]);
      const sn = res.body.priorities.find((p: { priorityId: string }) => p.priorityId === 'sn');
      expect(sn.objectives[0]).toMatchObject({ objectiveId: 'burglary', offTrack: true, servedBy: [{ proposalId: 'sn', title: 'Safer Neighbourhoods' }] });
    });

    it('the programme’s coverage view: which objectives proposals serve, and the off-track indicators of each', async () => {
      const res = await get('/programmes/mmp').expect(200);
      expect(res.body.objectiveCoverage).toEqual([
        { objectiveId: 'burglary', title: 'Objective burglary', planId: 'pp', priorityId: 'sn', accountableName: 'AC Tim Godwin', proposals: [{ proposalId: 'sn', title: 'Safer Neighbourhoods' }], benefits: [], covered: true, offTrackIndicators: [{ indicatorId: 'burglaries', title: 'Residential burglaries', period: '2006/07', target: 55000, actual: 56000 }] },
        { objectiveId: 'legacy', title: 'Objective legacy', planId: 'pp', priorityId: 'old', accountableName: 'AC Tim Godwin', proposals: [], benefits: [], covered: false, offTrackIndicators: [] },
      ]);
      // As at now, folded from the events: the same coverage as the tables give.
      const asAt = await get(`/programmes/mmp/as-at?at=${encodeURIComponent(new Date().toISOString())}`).expect(200);
      expect(asAt.body.snapshot.objectiveCoverage).toEqual(res.body.objectiveCoverage);
    });

    it('409: an amendment that changes nothing (the same outcomes in another order)', async () => {
      const res = await refused('/proposals/sn/aims', { ...amendment, outcomeIds: ['confident', 'safer'] }, 409);
      expect(res.body.code).toBe('PROPOSAL_AIMS_UNCHANGED');
    });

    it('409: a new link to an objective under a retired priority', async () => {
      const res = await refused('/proposals/sn/aims', { ...amendment, objectiveIds: ['burglary', 'legacy'] }, 409);
      expect(res.body).toMatchObject({ code: 'PRIORITY_RETIRED', field: 'objectiveIds[1]' });
    });

    it('400 with the field: no reason, an empty reason, no outcome, another programme’s objective, an unknown outcome', async () => {
      const { reason: _r, ...noReason } = amendment;
      expect((await refused('/proposals/sn/aims', noReason, 400)).body.errors.map((e: { field: string }) => e.field)).toContain('reason');
      expect((await refused('/proposals/sn/aims', { ...amendment, reason: '   ' }, 400)).body.errors.map((e: { field: string }) => e.field)).toContain('reason');
      expect((await refused('/proposals/sn/aims', { ...amendment, outcomeIds: [] }, 400)).body.code).toBe('PROPOSAL_OUTCOME_REQUIRED');
      expect((await refused('/proposals/sn/aims', { ...amendment, objectiveIds: ['elsewhere'] }, 400)).body).toMatchObject({ code: 'OBJECTIVE_OF_ANOTHER_PROGRAMME', field: 'objectiveIds[0]' });
      expect((await refused('/proposals/sn/aims', { ...amendment, outcomeIds: ['world-peace'] }, 400)).body).toMatchObject({ code: 'STRATEGIC_OUTCOME_UNKNOWN', field: 'outcomeIds[0]' });
    });

    it('404: an objective or a proposal that does not exist', async () => {
      expect((await refused('/proposals/sn/aims', { ...amendment, objectiveIds: ['nowhere'] }, 404)).body).toMatchObject({ code: 'OBJECTIVE_NOT_FOUND', field: 'objectiveIds[0]' });
      expect((await refused('/proposals/nobody/aims', amendment, 404)).body.code).toBe('PROPOSAL_NOT_FOUND');
    });

    it('403 for every role but the programme office', async () => {
      for (const who of [committee(), as('lead', 'person-tim-godwin', 'AC Tim Godwin'), as('administrator')]) await refused('/proposals/sn/aims', { ...amendment, objectiveIds: [] }, 403, who);
    });

    it('201: unlinks with a reason; the objective is then served by nobody', async () => {
      await post('/proposals/sn/aims', { ...amendment, objectiveIds: [], amendedOn: '2006-06-01', reason: 'Served by the Met Change Programme instead' });
      const res = await get('/plans/pp/performance').expect(200);
      expect(res.body.offTrack[0].servedBy).toEqual([]);
      const read = await get('/proposals/sn').expect(200);
      expect(read.body.aimsAmendments.map((a: { previous: { objectiveIds: string[] } }) => a.previous.objectiveIds)).toEqual([[], ['burglary']]);
      const coverage = (await get('/programmes/mmp').expect(200)).body.objectiveCoverage;
      expect(coverage.find((o: { objectiveId: string }) => o.objectiveId === 'burglary')).toMatchObject({ covered: false, proposals: [] });
    });
  });

  describe('POST /proposals/:id/benefits/:benefitId/objectives (and the programme’s)', () => {
    const benefit = (benefitId: string) => ({
      benefitId, description: `Benefit ${benefitId}`, observableOutcome: 'Fewer burglaries', measure: 'Burglaries', unit: 'offences', attribution: 'Crime recording',
      cashReleasing: false, quantitative: true, isDisbenefit: false, ownerId: 'person-tim-godwin', ownerName: 'AC Tim Godwin', baseline: 60000, target: 55000,
      schedule: [{ period: '2006/07', plannedValue: 55000 }],
    });
    const link = { objectiveIds: ['burglary'], linkedOn: '2006-04-05', reason: 'Fewer burglaries is what the objective measures' };

    beforeAll(async () => {
      await post('/proposals/sn/benefits', benefit('sn-burglaries'));
      await post('/programmes/mmp/benefits', benefit('mmp-burglaries'));
    });

    it('201: a proposal’s benefit and a programme-level one contribute to an objective; the coverage view lists them; the history says why', async () => {
      await post('/proposals/sn/benefits/sn-burglaries/objectives', link);
      await post('/programmes/mmp/benefits/mmp-burglaries/objectives', link);
      const coverage = (await get('/programmes/mmp').expect(200)).body.objectiveCoverage;
      expect(coverage.find((o: { objectiveId: string }) => o.objectiveId === 'burglary').benefits).toEqual([
        { benefitId: 'mmp-burglaries', description: 'Benefit mmp-burglaries' },
        { benefitId: 'sn-burglaries', description: 'Benefit sn-burglaries' },
      ]);
      const row = (await get('/programmes/mmp').expect(200)).body.benefits.find((b: { benefitId: string }) => b.benefitId === 'sn-burglaries');
      expect(row).toMatchObject({ objectiveIds: ['burglary'], objectiveLinks: [{ previousObjectiveIds: [], objectiveIds: ['burglary'], reason: link.reason, linkedOn: '2006-04-05' }] });
    });

    it('refuses and appends nothing: 409 unchanged or a retired priority, 404 an unknown objective or a benefit of another proposal, 400 no reason, 403 other roles', async () => {
      expect((await refused('/proposals/sn/benefits/sn-burglaries/objectives', link, 409)).body.code).toBe('BENEFIT_OBJECTIVES_UNCHANGED');
      expect((await refused('/proposals/sn/benefits/sn-burglaries/objectives', { ...link, objectiveIds: ['burglary', 'legacy'] }, 409)).body).toMatchObject({ code: 'PRIORITY_RETIRED', field: 'objectiveIds[1]' });
      expect((await refused('/proposals/sn/benefits/sn-burglaries/objectives', { ...link, objectiveIds: ['nowhere'] }, 404)).body.code).toBe('OBJECTIVE_NOT_FOUND');
      expect((await refused('/programmes/mmp/benefits/sn-burglaries/objectives', { ...link, objectiveIds: [] }, 404)).body.code).toBe('BENEFIT_NOT_PLANNED');
      expect((await refused('/proposals/sn/benefits/sn-burglaries/objectives', { ...link, objectiveIds: ['elsewhere'] }, 400)).body.code).toBe('OBJECTIVE_OF_ANOTHER_PROGRAMME');
      const { reason: _r, ...noReason } = link;
      await refused('/proposals/sn/benefits/sn-burglaries/objectives', noReason, 400);
      for (const who of [committee(), as('lead', 'person-tim-godwin', 'AC Tim Godwin')]) await refused('/proposals/sn/benefits/sn-burglaries/objectives', { ...link, objectiveIds: [] }, 403, who);
    });
  });

  describe('business time: the plan, its performance and the funding on a day', () => {
    it('the performance on a day counts only the actuals reported by then, and the links made by then', async () => {
      const before = await get('/plans/pp/performance?on=2007-04-19').expect(200);
      expect(before.body).toMatchObject({ on: '2007-04-19', asAt: null, offTrack: [] });
      const after = await get('/plans/pp/performance?on=2007-04-20').expect(200);
      expect(after.body.offTrack).toEqual([expect.objectContaining({ objectiveId: 'burglary', actual: 56000, servedBy: [] })]);
      // Linked on 3 April 2006, unlinked on 1 June 2006: in May it served the objective.
      const may = await get('/plans/pp/performance?on=2006-05-01').expect(200);
      const sn = may.body.priorities.find((p: { priorityId: string }) => p.priorityId === 'sn');
      expect(sn.objectives[0].servedBy).toEqual([{ proposalId: 'sn', title: 'Safer Neighbourhoods' }]);
    });

    it('the plan on a day: a priority retired later is in force before it', async () => {
      const on = await get('/plans/pp?on=2006-04-01').expect(200);
      expect(on.body.priorities.find((p: { priorityId: string }) => p.priorityId === 'old').status).toBe('in-force');
      const later = await get('/plans/pp?on=2006-04-02').expect(200);
      expect(later.body.priorities.find((p: { priorityId: string }) => p.priorityId === 'old').status).toBe('retired');
    });

    it('404 before the plan was adopted; 400 for a day that is not a date', async () => {
      expect((await get('/plans/pp/performance?on=2006-03-29').expect(404)).body.code).toBe('PLAN_NOT_YET_IN_EFFECT');
      expect((await get('/plans/nothing/performance?on=2007-01-01').expect(404)).body.code).toBe('PLAN_NOT_FOUND');
      await get('/plans/pp/performance?on=31-03-2007').expect(400);
    });

    it('funding on a day: lines count from the programme’s first dated fact (here the first amendment, 3 April 2006: the plan’s days are its own); recorded after `at`, they are not there', async () => {
      const before = new Date().toISOString();
      await post('/programmes/mmp/funding-lines', { lineId: 'precept', year: '2006/07', kind: 'resource', source: 'precept', label: 'Precept', amountPence: 3_100_000_000 });
      const early = await get('/programmes/mmp/funding?on=2006-01-01').expect(200);
      expect(early.body).toMatchObject({ on: '2006-01-01', lines: [] });
      expect((await get('/programmes/mmp/funding?on=2006-04-02').expect(200)).body.lines).toEqual([]);
      const on = await get('/programmes/mmp/funding?on=2006-04-03').expect(200);
      expect(on.body.lines.map((l: { lineId: string }) => l.lineId)).toEqual(['precept']);
      const then = await get(`/programmes/mmp/funding?on=2006-04-03&at=${encodeURIComponent(before)}`).expect(200);
      expect(then.body).toMatchObject({ asAt: before, lines: [] });
    });
  });
});
