import { as, createTestApp, seedTestApp, type TestApp } from '../support/app';

/**
 * The committee's question on the demo programme, recorded today about 2005–2006:
 * what did the programme look like on the day of a meeting? `on` answers it by the
 * dates the events speak of; `at` (recording time) cannot, as nothing was recorded then.
 */
describe('GET /programmes/:id/as-at?on= (business time) on the seeded demo', () => {
  let t: TestApp;
  let seededAt: Date;
  const committee = () => as('oversight-committee');
  const on = (day: string, extra = '') => t.http.get(`/programmes/met-modernisation/as-at?on=${day}${extra}`).set(committee());
  const proposal = (snapshot: { proposals: { proposalId: string }[] }, id: string) =>
    snapshot.proposals.find((p) => p.proposalId === id) as unknown as Record<string, any>;

  beforeAll(async () => {
    t = await createTestApp();
    seededAt = new Date();
    await seedTestApp(t);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('on the day the Authority agreed the proposals (29 September 2005): agreed, led, not yet in delivery', async () => {
    const res = await on('2005-09-29').expect(200);
    expect(res.body.on).toBe('2005-09-29');
    const sn = proposal(res.body.snapshot, 'mmp-safer-neighbourhoods');
    expect(sn.status).toBe('agreed');
    expect(sn.agreement).toMatchObject({ forum: 'Authority', decisionDate: '2005-09-29' });
    expect(sn.lead).toMatchObject({ leadId: 'person-tim-godwin', since: '2005-09-29' });
    expect(sn.deliveryStartedOn).toBeNull();
    expect(sn.businessCases).toEqual([]);
    const notTaken = res.body.snapshot.proposals.filter((p: { status: string }) => p.status === 'not-taken-forward');
    expect(notTaken).toHaveLength(3);
    // Nothing realised yet: the first period (2005/06) ends on 31 March 2006.
    expect(res.body.snapshot.benefits.every((b: { realisations: unknown[] }) => b.realisations.length === 0)).toBe(true);
    // Only the £70m target was planned by then (5 September 2005); the milestone plan came in January 2006.
    expect(res.body.snapshot.benefits.map((b: { benefitId: string }) => b.benefitId)).toEqual(['mmp-savings-target-70m']);
    expect(res.body.snapshot.milestones).toEqual([]);
  });

  it('later days show later facts: delivery from 1 April 2006, 2006/07 realisations once the year has ended', async () => {
    const before = (await on('2006-03-31').expect(200)).body.snapshot;
    const after = (await on('2006-04-01').expect(200)).body.snapshot;
    expect(proposal(before, 'mmp-safer-neighbourhoods').status).not.toBe('in-delivery');
    expect(proposal(after, 'mmp-safer-neighbourhoods').status).toBe('in-delivery');

    const realised = async (day: string) => (await on(day).expect(200)).body.snapshot.benefitsSummary.cashReleasing.realisedPence as number;
    expect(await realised('2007-03-30')).toBe(0);
    expect(await realised('2007-03-31')).toBeGreaterThan(0);
  });

  it('a milestone planned with a day of its own shows from that day; a bad day is a 400 naming the field', async () => {
    const plan = (body: Record<string, unknown>) => t.http.post('/programmes/met-modernisation/milestones').set(as('programme-office')).send(body);
    const bad = await plan({ milestoneId: 'bt-milestone-bad', title: 'T', baselineDate: '2006-09-01', plannedOn: '2006-13-01' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['plannedOn']);
    await plan({ milestoneId: 'bt-milestone', title: 'Business-time milestone', baselineDate: '2006-09-01', plannedOn: '2006-05-01' }).expect(201);
    const ids = async (day: string) => (await on(day).expect(200)).body.snapshot.milestones.map((m: { milestoneId: string }) => m.milestoneId);
    expect(await ids('2006-04-30')).not.toContain('bt-milestone');
    expect(await ids('2006-05-01')).toContain('bt-milestone');
    // Recorded after every other milestone event of the programme's delivery plan, it brings
    // none of them along: the never-cut rule is per milestone, not per stream.
    const onMay1 = (await on('2006-05-01').expect(200)).body.snapshot.milestones;
    expect(onMay1.find((m: { milestoneId: string }) => m.milestoneId === 'ms-sn-every-ward')).toMatchObject({ actualDate: null });
  });

  it('today, by business time, it is the programme now', async () => {
    const now = (await t.http.get('/programmes/met-modernisation').set(committee()).expect(200)).body;
    const today = (await on(new Date().toISOString().slice(0, 10)).expect(200)).body.snapshot;
    expect(today.proposalsByStatus).toEqual(now.proposalsByStatus);
    expect(today.benefitsSummary).toEqual(now.benefitsSummary);
  });

  it('before its first dated fact the programme is not in effect (404 saying when it starts)', async () => {
    const res = await on('2000-01-01').expect(404);
    expect(res.body).toMatchObject({ code: 'PROGRAMME_NOT_YET_IN_EFFECT', message: expect.stringMatching(/first dated fact is of 2005-/) });
  });

  it('with at as well, only what was recorded by then: before the seed ran, nothing (404 PROGRAMME_NOT_YET_RECORDED)', async () => {
    const before = new Date(seededAt.getTime() - 60_000).toISOString();
    const res = await on('2006-02-03', `&at=${encodeURIComponent(before)}`).expect(404);
    expect(res.body.code).toBe('PROGRAMME_NOT_YET_RECORDED');
    const later = await on('2006-02-03', `&at=${encodeURIComponent(new Date().toISOString())}`).expect(200);
    expect(later.body.snapshot.proposals.length).toBeGreaterThan(0);
  });

  it('recording time alone still answers as before: the demo did not exist in the ledger in 2006', async () => {
    const res = await t.http.get('/programmes/met-modernisation/as-at?at=2006-02-03').set(committee()).expect(404);
    expect(res.body.code).toBe('PROGRAMME_NOT_YET_RECORDED');
  });

  it('the committee pack for the meeting of 3 February 2006 in business time: reproducible from its head; recorded time has nothing then', async () => {
    const pack = (query: Record<string, string | number>) =>
      t.http.get('/programmes/met-modernisation/committee-pack').query(query).set(committee());
    const first = await pack({ meeting: '2006-02-03', previous: '2005-09-29', basis: 'business' }).expect(200);
    expect(first.body).toMatchObject({ basis: 'business', meeting: { date: '2006-02-03' }, previousMeeting: { date: '2005-09-29' } });
    expect(first.body.summary.proposalsByStatus).toMatchObject({ 'not-taken-forward': 3 });
    expect(first.body.eventsFolded).toBeGreaterThan(0);
    // Between the two meetings: the consultations closed, the first business cases were submitted …
    expect(first.body.changes.events.map((e: { type: string }) => e.type)).toContain('BusinessCaseSubmitted');
    const again = await pack({ meeting: '2006-02-03', previous: '2005-09-29', basis: 'business', head: first.body.chainHead.position }).expect(200);
    expect(again.body.digest).toBe(first.body.digest);

    expect((await pack({ meeting: '2006-02-03' }).expect(404)).body.code).toBe('PROGRAMME_NOT_FOUND');
    expect((await pack({ meeting: '2006-02-03T10:00:00Z', basis: 'business' }).expect(400)).body.code).toBe('MEETING_NOT_A_DAY');
  });

  it('refuses a bad day, and a request with neither at nor on (400)', async () => {
    expect((await on('2006-13-01').expect(400)).body.errors).toEqual([{ field: 'on', messages: ['Enter the day as a date such as 2006-03-09'] }]);
    const neither = await t.http.get('/programmes/met-modernisation/as-at').set(committee()).expect(400);
    expect(neither.body.errors[0].field).toBe('at');
  });
});
